/// The rules a topic must meet beyond parsing: unique ids, no empty sections, no list
/// introduction left hanging, and every gap reported so editors can fill it.
enum ContentChecker {
    static func check(_ topic: Topic, report: (Int?, Diagnostic.Severity, String) -> Void) {
        var seen: [String: Section] = [:]
        for section in topic.allSections {
            if section.isCredits && section.line > 0 {
                // Every writer shows Credits apart (last, or in a footer) and the simplifier leaves
                // them alone; an authored section of that id would be treated the same way.
                report(section.line, .error, "the section id 'credits' is kept for the Credits hlspeak makes from the "
                    + "front matter (authors, reviewed_by, current_as_of, …); put them there, or give this heading "
                    + "another id with {#another-id}")
            }
            if let first = seen[section.id] {
                let firstPlace = first.line > 0 ? "line \(first.line)" : "the generated Credits section"
                report(section.line, .error, "section id '\(section.id)' is used twice (also \(firstPlace)); "
                    + "give one heading its own id with {#another-id}")
            } else {
                seen[section.id] = section
            }
            if section.blocks.isEmpty && section.subsections.isEmpty {
                report(section.line, .error, "section '\(section.title)' is empty; add its text, or a "
                    + "gap (<!-- gap: what is missing -->) if the source lost it")
            }
            checkBlocks(section.blocks, report: report)
        }
    }

    private static func checkBlocks(_ blocks: [Block], report: (Int?, Diagnostic.Severity, String) -> Void) {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .paragraph(let paragraph) where paragraph.introducesList:
                let next = index + 1 < blocks.count ? blocks[index + 1] : nil
                switch next {
                case .list?, .gap?: break
                default:
                    let sentence = SentenceSplitter.split(paragraph.inlines).last?.plainText ?? ""
                    report(paragraph.line, .error, "'\(sentence)' introduces a list that is not there; add "
                        + "the list below it, or a gap (<!-- gap: what is missing -->) if the source lost it")
                }
            case .gap(let gap):
                report(gap.line, .warning, "gap: \(gap.description)")
            case .list(let list):
                for item in list.items { checkBlocks(item.blocks, report: report) }
            case .note(let note):
                checkBlocks(note.blocks, report: report)
            default:
                break
            }
        }
    }
}
