/// Recognises partial and test responses the way each platform marks them: Qualtrics'
/// `Finished` and `Status` (preview, test, spam), Typeform's `Response Type`, LimeSurvey's
/// empty submit date, REDCap's `_complete` other than 2 (or "Complete?" other than Complete)
/// for the forms that hold scored items.
public struct CompletionRule: Sendable {
    private enum Check: Sendable {
        case qualtricsFinished(Int)
        case qualtricsStatus(Int)
        case typeformType(Int)
        case limeSubmitDate(Int)
        case redcapComplete(Int, name: String)
        case redcapCompleteLabel(Int)
    }

    private let checks: [Check]

    /// The rule for a file's platform and columns.
    public init(platform: Platform, plans: [ColumnPlan]) {
        func column(_ keys: Set<String>) -> Int? {
            plans.first { plan in plan.header.names.map(PersonalData.compact).contains(where: keys.contains) }?.header.index
        }
        var checks: [Check] = []
        switch platform {
        case .qualtrics:
            if let index = column(["finished"]) { checks.append(.qualtricsFinished(index)) }
            if let index = column(["status"]) { checks.append(.qualtricsStatus(index)) }
        case .typeform:
            if let index = column(["responsetype"]) { checks.append(.typeformType(index)) }
        case .limesurvey:
            if let index = column(["submitdate"]) ?? (plans.count > 1 ? 1 : nil) { checks.append(.limeSubmitDate(index)) }
        case .redcap:
            let itemColumns = plans.filter { if case .item = $0.role { true } else { false } }.map(\.header.index)
            for plan in plans where PersonalData.compact(plan.header.name).hasSuffix("complete") {
                if plan.header.name.hasSuffix("?") {
                    checks.append(.redcapCompleteLabel(plan.header.index))
                    continue
                }
                // A form's fields stand between the previous `_complete` column and its own.
                let start = plans[..<plan.header.index].last { PersonalData.compact($0.header.name).hasSuffix("complete") }?.header.index ?? -1
                if itemColumns.contains(where: { $0 > start && $0 < plan.header.index }) {
                    checks.append(.redcapComplete(plan.header.index, name: plan.header.name))
                }
            }
        default:
            break
        }
        self.checks = checks
    }

    /// Why this row is not a complete, real response; nil when it is.
    public func incompleteReason(_ record: CSVRecord) -> String? {
        for check in checks {
            switch check {
            case let .qualtricsFinished(index):
                let value = record[safe: index].trimmed.lowercased()
                if value == "0" || value == "false" { return "an unfinished response (Finished = \(record[safe: index].trimmed))" }
            case let .qualtricsStatus(index):
                let value = record[safe: index].trimmed
                let lower = value.lowercased()
                if ["1", "2", "8", "9", "17"].contains(value) || lower.contains("preview") || lower.contains("test") || lower.contains("spam") {
                    return "a preview, test or spam response (Status = \(value))"
                }
            case let .typeformType(index):
                if record[safe: index].trimmed.lowercased() == "partial" { return "a partial response (Response Type = partial)" }
            case let .limeSubmitDate(index):
                if record[safe: index].trimmed.isEmpty { return "an unfinished response (no submit date)" }
            case let .redcapComplete(index, name):
                let value = record[safe: index].trimmed
                if value != "2" { return "an incomplete form (\(name) = \(value.isEmpty ? "blank" : value), not 2)" }
            case let .redcapCompleteLabel(index):
                let value = record[safe: index].trimmed
                if value.lowercased() != "complete" { return "an incomplete form (Complete? = \(value.isEmpty ? "blank" : value))" }
            }
        }
        return nil
    }
}
