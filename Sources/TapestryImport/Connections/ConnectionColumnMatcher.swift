import TapestryScoring

/// Finds the connection question a column holds, and the choice when the platform writes one
/// column per choice: by the question's id (`works_with`, Kobo's `group/works_with`), by the
/// mapping file, or by its text once case, spacing and punctuation are set aside. One column
/// per choice: SurveyMonkey's expanded layout (the question over its first column, a choice
/// under each), LimeSurvey's `works_with[SQ001]` or `Question [Choice]`, Kobo's
/// `works_with/choice_name`. A choice column labelled "Other…" holds typed names.
struct ConnectionColumnMatcher {
    private let ids: [String: Int]
    private let texts: [String: Int]
    private let mapped: [String: Int]

    init(instrument: Instrument, mapping: [String: String]) {
        var ids: [String: Int] = [:]
        var texts: [String: Int] = [:]
        for (index, question) in instrument.connections.enumerated() {
            ids[TextFolding.fold(question.id)] = index
            texts[TextFolding.normalizeStatement(question.text)] = index
        }
        self.ids = ids
        self.texts = texts
        var mapped: [String: Int] = [:]
        for (heading, id) in mapping {
            if let index = ids[TextFolding.fold(id)] { mapped[TextFolding.fold(heading)] = index }
        }
        self.mapped = mapped
    }

    /// The question and choice `header` holds, if any.
    func match(_ header: ColumnHeader) -> (question: Int, choice: String?)? {
        guard !ids.isEmpty else { return nil }
        for name in header.names {
            if let question = mapped[TextFolding.fold(name)] { return (question, nil) }
        }
        for name in [header.name, header.importId].compactMap({ $0 }) where !name.isEmpty {
            if let question = ids[TextFolding.fold(name)] { return (question, nil) }
            if let (stem, choice) = Self.bracketed(name), let question = ids[TextFolding.fold(stem)] {
                return (question, Self.choice(choice))
            }
            if !name.contains(" "), let slash = name.lastIndex(of: "/") {
                let last = String(name[name.index(after: slash)...])
                if let question = ids[TextFolding.fold(last)] { return (question, nil) }
                let parts = name.split(separator: "/").map(String.init)
                if parts.count >= 2, let question = ids[TextFolding.fold(parts[parts.count - 2])] { return (question, Self.choice(last)) }
            }
        }
        if let question = header.question, let index = texts[TextFolding.normalizeStatement(question)] {
            guard let label = header.label, !label.isEmpty,
                  !ColumnHeader.surveyMonkeyPlainLabels.contains(label.lowercased()) else { return (index, nil) }
            return (index, Self.choice(label))
        }
        for text in [header.label, header.name].compactMap({ $0 }) where !text.isEmpty {
            if let index = texts[TextFolding.normalizeStatement(text)] { return (index, nil) }
            if let (stem, choice) = Self.bracketed(text), let index = texts[TextFolding.normalizeStatement(stem)] {
                return (index, Self.choice(choice))
            }
        }
        return nil
    }

    /// `stem [choice]` split in two.
    private static func bracketed(_ text: String) -> (String, String)? {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return nil }
        let choice = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmed
        let stem = String(text[..<open]).trimmed
        return stem.isEmpty || choice.isEmpty ? nil : (stem, choice)
    }

    /// A choice's name; nil (a column of typed names) for "Other", "Other (please specify)".
    private static func choice(_ label: String) -> String? {
        let folded = TextFolding.normalizeStatement(label)
        return folded == "other" || folded.hasPrefix("other ") ? nil : label
    }
}
