/// The survey platform an export comes from, recognised by the file's structure.
public enum Platform: String, Sendable, Equatable, CaseIterable {
    /// Qualtrics: three header rows (ids, labels, ImportId JSON), or two in legacy exports.
    case qualtrics
    /// SurveyMonkey: two header rows, question text only over a question's first column.
    case surveymonkey
    /// Google Forms, downloaded from the linked sheet.
    case googleForms = "google-forms"
    /// Microsoft Forms (xlsx, or the xlsx re-saved as CSV by Excel).
    case microsoftForms = "microsoft-forms"
    /// KoboToolbox: `;`, every field quoted, `_uuid` and friends, optional HXL tag row.
    case kobotoolbox
    /// LimeSurvey, with question codes or full question texts as headers.
    case limesurvey
    /// REDCap, raw (variable names, codes) or labels.
    case redcap
    /// Typeform: a `#` token column first.
    case typeform
    /// tapestry's own CSV: item ids as headers.
    case canonical
    /// A spreadsheet of unknown origin: read with one header row.
    case unknown
}
