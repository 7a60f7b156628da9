/// A phone-line menu: "To hear about Symptoms, press 2." Goal first, then the key; at most five
/// options, numbered from 1 without gaps; 0 repeats the menu. More sections than fit go to a
/// second-level menu reached by the last option.
public struct PhoneMenu: Hashable, Sendable, Encodable {
    /// What pressing a key does.
    public enum Action: Hashable, Sendable {
        /// Play the prompt of this section.
        case playSection(String)
        /// Go to the menu with this id.
        case openMenu(String)
    }

    public struct Option: Hashable, Sendable, Encodable {
        public var key: Int
        /// The caller's goal, said first: "hear about Symptoms".
        public var goal: String
        public var action: Action

        enum CodingKeys: String, CodingKey { case key, goal, prompt, menu }

        /// `{"key": 2, "goal": "…", "prompt": "symptoms"}` or `{…, "menu": "menu-2"}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(goal, forKey: .goal)
            switch action {
            case .playSection(let id): try container.encode(id, forKey: .prompt)
            case .openMenu(let id): try container.encode(id, forKey: .menu)
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, options, text
        case keyPath = "key_path"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(keyPath.map(String.init).joined(separator: " "), forKey: .keyPath)
        try container.encode(options, forKey: .options)
        try container.encode(text, forKey: .text)
    }

    /// `menu`, `menu-2`, …
    public var id: String
    /// The keys pressed from the first menu to reach this one (empty for the first).
    public var keyPath: [Int]
    public var options: [Option]

    public static let maximumOptions = 5

    /// What the menu prompt says, in the language's words ("To hear about Symptoms, press 2.").
    public var text = ""

    /// The menu with its id and the menus it opens named with `prefix` ("es-menu").
    func prefixed(_ prefix: String) -> PhoneMenu {
        guard !prefix.isEmpty else { return self }
        var menu = self
        menu.id = prefix + id
        menu.options = options.map { option in
            var option = option
            if case .openMenu(let target) = option.action { option.action = .openMenu(prefix + target) }
            return option
        }
        return menu
    }

    /// The menus for `sections` (id and title, in order); the first is the main menu. Goals are in
    /// `language`'s words.
    public static func menus(for sections: [(id: String, title: String)], language: Language) -> [PhoneMenu] {
        var menus: [PhoneMenu] = []
        build(sections[...], keyPath: [], parent: nil, language: language, into: &menus)
        return menus
    }

    private static func build(_ sections: ArraySlice<(id: String, title: String)>, keyPath: [Int],
                              parent: String?, language: Language, into menus: inout [PhoneMenu]) {
        let id = menus.isEmpty ? "menu" : "menu-\(menus.count + 1)"
        let navigation = parent == nil ? 0 : 1  // a "back" option in every menu but the first
        let fitsAll = sections.count + navigation <= maximumOptions
        let shown = fitsAll ? sections.count : maximumOptions - navigation - 1
        var options = sections.prefix(shown).enumerated().map { index, section in
            Option(key: index + 1, goal: language.message("menu.hear-about", ["section": section.title]), action: .playSection(section.id))
        }
        let index = menus.count
        menus.append(PhoneMenu(id: id, keyPath: keyPath, options: []))
        if !fitsAll {
            let key = options.count + 1
            let childID = "menu-\(menus.count + 1)"
            options.append(Option(key: key, goal: language.word("menu.more"), action: .openMenu(childID)))
            build(sections.dropFirst(shown), keyPath: keyPath + [key], parent: id, language: language, into: &menus)
        }
        if let parent {
            options.append(Option(key: options.count + 1, goal: language.word("menu.back"), action: .openMenu(parent)))
        }
        menus[index].options = options
        menus[index].text = (options.map { language.message("menu.option", ["goal": $0.goal, "key": String($0.key)]) }
            + [language.word("menu.repeat")]).joined(separator: " ")
    }
}
