import Mustache

/// Escaping for Markdown reports: every `{{value}}` in a report template is escaped so that
/// no coalition, group or file name can break a table, add a link or inject HTML. Registered
/// as the `MARKDOWN` content type, which the renderer selects for every template, including a
/// user's copy.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN}}"

    func escapeText(_ text: String) -> String {
        MarkdownText.inline(text)
    }

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
