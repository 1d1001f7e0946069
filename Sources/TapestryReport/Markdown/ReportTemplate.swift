import Mustache

/// A Mustache template (the report's or the questionnaire's, shipped or a user's
/// `--template`), checked before swift-mustache parses or renders it. swift-mustache parses
/// and renders sections by recursion, so a few hundred nested sections overflow the stack;
/// and a section repeats its body once per element of the list it names, so sections that
/// name lists inside each other (`{{#dimensions}}{{#dimensions}}…`) multiply the output
/// until memory runs out. A template is refused, with its line, when it is larger than
/// ``maximumBytes``, nests sections (or transforms such as `reversed(…)`) deeper than
/// ``maximumDepth``, or, rendered with a given model, could write more than
/// ``maximumOutputBytes``.
struct ReportTemplate {
    /// The largest template, in UTF-8 bytes: 1 MiB. The shipped report template is 5 KB.
    static let maximumBytes = 1_048_576

    /// The deepest nesting of sections, and of transforms in one tag: 32. The shipped
    /// templates nest 3 deep; swift-mustache overflows the stack at about 550 (debug build).
    static let maximumDepth = 32

    /// The most a rendering may write, as estimated before it starts: 16 MiB (a report of
    /// that size peaks at about 90 MB of memory). The estimate bounds how often each section
    /// repeats by the lists in the model its name can refer to, and each printed value by the
    /// largest value of its name; the shipped report of an instrument at its limits
    /// (1 000 items of 900 characters) estimates at 9 MB.
    static let maximumOutputBytes = 16 * 1_048_576

    /// The most tags and section bodies a rendering may render, as estimated before it
    /// starts: 200 000. swift-mustache looks every name up by reflection, some 10 µs a step
    /// in a debug build, so this is about 2 s; the shipped report of an instrument at its
    /// limits (1 000 items, or 200 dimensions) estimates at under 30 000.
    static let maximumSteps = 200_000

    /// How a template's `{{value}}`s are escaped.
    enum Escaping {
        /// For Markdown (``MarkdownContentType``): the Markdown report and the questionnaire.
        case markdown
        /// For HTML (swift-mustache's own `HTML` content type: `<`, `>`, `&`, `"` and `'`).
        case html

        /// The content-type tag put before the template's text (on its first line, so that
        /// line numbers stay the template's own).
        var pragma: String {
            switch self {
            case .markdown: MarkdownContentType.pragma
            case .html: "{{% CONTENT_TYPE: HTML}}"
            }
        }
    }

    /// What kind of template it is, for messages: "the report template".
    let name: String
    private let outline: MustacheOutline
    private let parsed: MustacheTemplate

    /// Checks and parses `text`, whose values are escaped for `escaping`; `name` says which
    /// template it is in messages (such as "the report template (--template)").
    init(_ text: String, name: String, escaping: Escaping = .markdown) throws {
        self.name = name
        let size = text.utf8.count
        guard size <= Self.maximumBytes else {
            throw ReportError.template("\(name) is \(size) bytes; a template may be at most \(Self.maximumBytes) bytes (1 MB). "
                                       + "Check that it is the right file.")
        }
        _ = MarkdownContentType.registered
        let full = escaping.pragma + text
        do {
            outline = try MustacheOutline(full, maximumDepth: Self.maximumDepth)
        } catch let problem as MustacheOutline.Problem {
            throw ReportError.template("\(name), line \(problem.line): \(problem.message)")
        }
        do {
            parsed = try MustacheTemplate(string: full)
        } catch {
            throw ReportError.template("\(name) cannot be read: \(error)")
        }
    }

    /// The template rendered with `model`, unless the rendering could write more than
    /// ``maximumOutputBytes`` or take more than ``maximumSteps``.
    func render(_ model: Any) throws -> String {
        try check(ModelShape(model))
        return parsed.render(model)
    }

    /// Throws unless rendering with a model of this shape stays within the limits.
    func check(_ shape: ModelShape) throws {
        let estimate = outline.estimate(shape)
        guard estimate.size <= Double(Self.maximumOutputBytes), estimate.steps <= Double(Self.maximumSteps) else {
            throw ReportError.template("\(name), line \(estimate.line): its sections repeat inside each other so often that the report "
                                       + "could grow past \(Self.maximumOutputBytes / 1_048_576) MB or take minutes. A section of a list (such as {{#dimensions}}) "
                                       + "inside a section of another list repeats for every pair; nest a list only inside the elements that hold it "
                                       + "(such as {{#items}} inside {{#itemSections}}).")
        }
    }
}
