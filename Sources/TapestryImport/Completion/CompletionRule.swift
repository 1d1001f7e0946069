/// Recognises partial and test responses the way each platform marks them: Qualtrics'
/// `Finished` and `Status` (preview, test, spam), Typeform's `Response Type`, LimeSurvey's
/// empty submit date, REDCap's `_complete` other than 2 (or "Complete?" other than Complete)
/// for the forms that hold scored items.
public struct CompletionRule: Sendable {
    fileprivate enum Check: Sendable {
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

    /// The columns the rule reads.
    var columns: [Int] { checks.map(\.column) }

    /// Why this row is not a complete, real response, and the column that says so; nil when
    /// it is complete.
    public func incompleteReason(_ record: CSVRecord) -> (reason: String, column: Int)? {
        for check in checks {
            if let reason = reason(check, record) { return (reason, check.column) }
        }
        return nil
    }

    private func reason(_ check: Check, _ record: CSVRecord) -> String? {
        let value = record[safe: check.column].trimmed
        let lower = value.lowercased()
        let shown = value.isEmpty ? "blank" : value
        switch check {
        case .qualtricsFinished:
            return lower == "0" || lower == "false" ? "an unfinished response (Finished = \(value))" : nil
        case .qualtricsStatus:
            let flagged = ["1", "2", "8", "9", "17"].contains(value)
                || lower.contains("preview") || lower.contains("test") || lower.contains("spam")
            return flagged ? "a preview, test or spam response (Status = \(value))" : nil
        case .typeformType:
            return lower == "partial" ? "a partial response (Response Type = partial)" : nil
        case .limeSubmitDate:
            return value.isEmpty ? "an unfinished response (no submit date)" : nil
        case let .redcapComplete(_, name):
            return value != "2" ? "an incomplete form (\(name) = \(shown), not 2)" : nil
        case .redcapCompleteLabel:
            return lower != "complete" ? "an incomplete form (Complete? = \(shown))" : nil
        }
    }
}

extension CompletionRule.Check {
    /// The column the check reads.
    var column: Int {
        switch self {
        case let .qualtricsFinished(index), let .qualtricsStatus(index), let .typeformType(index),
             let .limeSubmitDate(index), let .redcapComplete(index, _), let .redcapCompleteLabel(index):
            index
        }
    }
}
