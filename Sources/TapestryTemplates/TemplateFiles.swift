/// The files of the project's `Templates/` folder (the default instrument, report templates,
/// recommendation texts), compiled into the binary so that it runs from anywhere.
///
/// The contents live in `EmbeddedFiles.swift`, written by `make templates` from `Templates/`;
/// a test fails when the two differ. Users who want to change a template copy it out with
/// the CLI and pass their copy with a flag such as `--instrument`.
public enum TemplateFiles {
    /// The contents of `Templates/<path>`, or nil if there is no such file.
    public static func contents(of path: String) -> String? {
        EmbeddedFiles.contents[path]
    }

    /// The paths of every embedded file, relative to `Templates/`, sorted.
    public static var paths: [String] { EmbeddedFiles.contents.keys.sorted() }
}
