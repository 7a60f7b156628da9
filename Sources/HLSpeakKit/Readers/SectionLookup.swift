import Foundation

/// Finds the section a person means: by id, heading slug or heading text, ignoring case.
public struct SectionLookup: Sendable {
    public var topic: Topic

    public init(_ topic: Topic) { self.topic = topic }

    /// Every section and subsection as an id and title, in order.
    public var choices: [SectionChoice] {
        topic.allSections.map { SectionChoice(id: $0.id, title: $0.title, depth: $0.level - 1) }
    }

    /// The sections `queries` name, in the order given; every top-level section when there are none.
    public func sections(_ queries: [String]) throws(ContentError) -> [Section] {
        guard !queries.isEmpty else { return topic.sections }
        var found: [Section] = []
        for query in queries { found.append(try section(query)) }
        return found
    }

    /// The section `query` names. An exact id wins; otherwise the slug or title must match one.
    public func section(_ query: String) throws(ContentError) -> Section {
        let wanted = query.trimmed(.whitespace)
        let all = topic.allSections
        if let exact = all.first(where: { $0.id.lowercased() == wanted.lowercased() }) { return exact }
        let slug = Slug.make(wanted)
        let matches = all.filter {
            $0.title.lowercased() == wanted.lowercased() || (!slug.isEmpty && ($0.slug == slug || $0.id == slug))
        }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            throw .unknownSection(query, topic: topic.id, choices: choices)
        default:
            throw .ambiguousSection(query, topic: topic.id, matches: matches.map {
                SectionChoice(id: $0.id, title: $0.title, depth: $0.level - 1)
            })
        }
    }
}
