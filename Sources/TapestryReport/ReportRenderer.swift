/// A renderer for one output format that gives text: it lays out a report model.
public protocol ReportRenderer: Sendable {
    /// The model in this renderer's format.
    func render(_ model: ReportModel) throws -> String
}
