/// The rules a topic must meet beyond parsing: unique ids, no empty sections, no list
/// introduction left hanging, and every gap and every sentence run into the next ("eyes.A")
/// reported so editors can mend them.
enum ContentChecker {
    static func check(_ topic: Topic, lines: SourceLines, sentences: SentenceBoundary,
                      report: (Int?, Diagnostic.Severity, String) -> Void) {
        var seen: [String: Int?] = [:]
        topic.walkSections { section, path in
            let line = lines[path]
            if section.isCredits, line != nil {
                // Every writer shows Credits apart (last, or in a footer) and the simplifier leaves
                // them alone; an authored section of that id would be treated the same way.
                report(line, .error, "the section id 'credits' is kept for the Credits hlspeak makes from the "
                    + "front matter (authors, reviewed_by, current_as_of, …); put them there, or give this heading "
                    + "another id with {#another-id}")
            }
            if let first = seen[section.id] {
                let firstPlace = first.map { "line \($0)" } ?? "the generated Credits section"
                report(line, .error, "section id '\(section.id)' is used twice (also \(firstPlace)); "
                    + "give one heading its own id with {#another-id}")
            } else {
                seen[section.id] = line
            }
            if section.level == 1 && section.wordCount > Limits.sectionWords {
                report(line, .error, "section '\(section.title)' has \(section.wordCount) words, more than the "
                    + "\(Limits.sectionWords) a section may have (about four hours of speech); split it into sections")
            }
            if section.blocks.isEmpty && section.subsections.isEmpty {
                report(line, .error, "section '\(section.title)' is empty; add its text, or a "
                    + "gap (<!-- gap: what is missing -->) if the source lost it")
            }
            // "- The following stages are used:" then "- Stage 0", "- Stage I" as the items after
            // it: a page that flattened its nested list. The items below are the list it introduces.
            // (The walk visits a list before its items' blocks.)
            var introducesTheItemsAfter: Set<NodePath> = []
            section.blocks.walk(from: path) { block, context in
                switch block {
                case .list(let list):
                    for (index, item) in list.items.enumerated().dropLast() where !item.blocks.isEmpty {
                        introducesTheItemsAfter.insert(context.path.appending(.item(index)).appending(.block(item.blocks.count - 1)))
                    }
                case .paragraph(let paragraph):
                    // "… in their eyes.A much rarer form …": a page that lost a space. Speech and the
                    // simplifier read two sentences there; the printed page still runs them together.
                    for words in sentences.runOnEnds(in: paragraph.inlines.plainText) {
                        report(lines[context.path], .warning, "'\(words)' has no space after its full stop; hlspeak reads "
                            + "two sentences there, so add the space")
                    }
                    // "… high-fiber diets.1 Two large studies …": a page's note numbers, whose notes
                    // are not in the topic.
                    for word in sentences.noteNumberEnds(in: paragraph.inlines.plainText) {
                        report(lines[context.path], .warning, "'\(word)' has a note number after its full stop; speech "
                            + "reads it with the sentence, so take the number out")
                    }
                    guard paragraph.introducesList, !introducesTheItemsAfter.contains(context.path) else { break }
                    switch context.next {
                    case .list?, .gap?: break
                    default:
                        let sentence = sentences.split(paragraph.inlines).last?.plainText ?? ""
                        report(lines[context.path], .error, "'\(sentence)' introduces a list that is not there; add "
                            + "the list below it, or a gap (<!-- gap: what is missing -->) if the source lost it")
                    }
                case .gap(let gap):
                    report(lines[context.path], .warning, "gap: \(gap.description)")
                default:
                    break
                }
            }
        }
    }
}
