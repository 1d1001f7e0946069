import TapestryScoring
import TapestryTemplates
import Yams

/// The next steps the action plan draws on (`Templates/recommendations/`): steps per
/// dimension id, per category for custom instruments, a fallback, steps for disagreement,
/// and the planning worksheet's questions.
public struct RecommendationCatalogue: Sendable {
    /// Why an area needs attention, and what to do about it.
    public struct Advice: Sendable, Equatable {
        /// One sentence on what a low score means.
        public var why: String
        /// Concrete next steps, each with the situation it fits.
        public var conditionalSteps: [Step]

        /// Advice whose steps fit every situation.
        public init(why: String, steps: [String]) {
            self.why = why
            conditionalSteps = steps.map { Step(text: $0, when: .always) }
        }

        init(why: String, conditionalSteps: [Step]) {
            self.why = why
            self.conditionalSteps = conditionalSteps
        }

        /// Every step, whatever the situation.
        public var steps: [String] { conditionalSteps.map(\.text) }

        /// The steps that fit a report of `rounds` rounds, with groups shown side by side
        /// (`groupsCompared`) or not; `grouped` says whether the answers had groups at all (all
        /// of them may be hidden for privacy), so that a report whose groups are all hidden is
        /// told neither to ask for groups nor to look at them.
        public func steps(rounds: Int, groupsCompared: Bool, grouped: Bool? = nil) -> [String] {
            conditionalSteps.filter { $0.when.fits(rounds: rounds, groupsCompared: groupsCompared, grouped: grouped ?? groupsCompared) }.map(\.text)
        }
    }

    /// One step and when it applies (`when:` in the YAML).
    public struct Step: Sendable, Equatable {
        /// What to do.
        public var text: String
        /// When the step fits.
        public var when: Condition
    }

    /// When a step fits: always, only on a coalition's first round (advice such as "run this
    /// again" that presumes no earlier round), only once there are earlier rounds, only when
    /// groups are shown side by side, or only when the answers had no groups at all.
    public enum Condition: String, Sendable, Equatable, CaseIterable {
        case always
        case firstRound = "first-round"
        case laterRounds = "later-rounds"
        case groups
        case noGroups = "no-groups"

        func fits(rounds: Int, groupsCompared: Bool, grouped: Bool) -> Bool {
            switch self {
            case .always: true
            case .firstRound: rounds <= 1
            case .laterRounds: rounds > 1
            case .groups: groupsCompared
            case .noGroups: !grouped
            }
        }
    }

    /// A part of the planning worksheet.
    public struct PlanningSection: Sendable, Equatable {
        /// Its heading.
        public var title: String
        /// The questions to answer.
        public var questions: [String]
    }

    /// Where the default catalogue lives under `Templates/`.
    public static let defaultTemplatePath = "recommendations/partnership-health.yaml"

    var dimensions: [String: Advice] = [:]
    var categories: [String: Advice] = [:]
    var fallback = Advice(why: "This area scored low.", steps: ["Discuss the lowest-scored statements and agree one change to try."])
    var disagreement = Advice(why: "Members see this very differently.", steps: ["Discuss the statements openly."])
    /// The planning worksheet.
    public var planning: [PlanningSection] = []
    var connections: [ConnectionTopic: ConnectionAdvice] = [:]
    /// Said of every item the map of connections suggests: a discussion, not a verdict.
    public var connectionsNote = defaultConnectionsNote

    /// The catalogue shipped with tapestry.
    public static func shipped() throws -> RecommendationCatalogue {
        guard let yaml = TemplateFiles.contents(of: defaultTemplatePath) else {
            throw ReportError.template("the recommendations catalogue is missing from this build; run `make templates`.")
        }
        return try load(yaml: yaml, file: "Templates/" + defaultTemplatePath)
    }

    /// Reads a catalogue from YAML.
    public static func load(yaml: String, file: String) throws -> RecommendationCatalogue {
        let root: Node.Mapping
        do {
            guard let mapping = try SettingsYAML.compose(yaml)?.mapping else {
                throw ReportError.template("\(file): expected a mapping with dimensions, categories, disagreement and planning.")
            }
            root = mapping
        } catch let problem as SettingsYAML.Problem {
            let place = [problem.line, problem.column].compactMap { $0.map { ":\($0)" } }.joined()
            throw ReportError.template("\(file)\(place): " + (problem.kind == .syntax ? "not valid YAML (\(problem.message))." : problem.message))
        }
        func step(_ node: Node) throws -> Step? {
            if let text = node.string { return Step(text: text, when: .always) }
            guard let mapping = node.mapping, let text = mapping["text"]?.string else { return nil }
            guard let word = mapping["when"]?.string else { return Step(text: text, when: .always) }
            guard let when = Condition(rawValue: word) else {
                throw ReportError.template("\(file):\(node.mark?.line ?? 0): `when: \(word)` is not one of "
                    + Condition.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            return Step(text: text, when: when)
        }
        func advice(_ node: Node?) throws -> Advice? {
            guard let mapping = node?.mapping, let why = mapping["why"]?.string else { return nil }
            return Advice(why: why, conditionalSteps: try (mapping["steps"]?.sequence ?? []).compactMap(step))
        }
        var catalogue = RecommendationCatalogue()
        for (key, value) in root["dimensions"]?.mapping ?? [:] {
            if let id = key.string, let entry = try advice(value) { catalogue.dimensions[id] = entry }
        }
        for (key, value) in root["categories"]?.mapping ?? [:] {
            if let id = key.string, let entry = try advice(value) { catalogue.categories[id] = entry }
        }
        if let entry = try advice(root["fallback"]) { catalogue.fallback = entry }
        if let entry = try advice(root["disagreement"]) { catalogue.disagreement = entry }
        let connections = Self.connections(root["connections"])
        catalogue.connections = connections.advice
        if let note = connections.note { catalogue.connectionsNote = note }
        catalogue.planning = (root["planning"]?.sequence ?? []).compactMap { node in
            guard let mapping = node.mapping, let title = mapping["title"]?.string else { return nil }
            return PlanningSection(title: title, questions: mapping["questions"]?.sequence?.compactMap(\.string) ?? [])
        }
        return catalogue
    }

    /// The advice for a weak dimension: its own, its category's, or the fallback.
    public func advice(dimension: String, category: String) -> Advice {
        dimensions[dimension] ?? categories[category] ?? fallback
    }

    /// The advice when members disagree.
    public var disagreementAdvice: Advice { disagreement }
}
