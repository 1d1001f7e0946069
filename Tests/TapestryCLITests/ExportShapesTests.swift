import Foundation
import Testing

/// Every hand-made file in ../shared/reference/export-shapes is read by `inspect` without
/// error, with the right platform, encoding and delimiter.
@Suite(.enabled(if: SharedFolder.isPresent, "needs ../shared/reference/export-shapes beside the project (CI has it)"))
struct ExportShapesTests {
    static let folder = SharedFolder.url.appendingPathComponent("reference/export-shapes")

    @Test(arguments: [
        ("google_forms_sheets_download.csv", "google-forms", "utf-8", ","),
        ("surveymonkey_condensed.csv", "surveymonkey", "utf-8", ","),
        ("qualtrics_numeric.csv", "qualtrics", "utf-8", ","),
        ("qualtrics_choice_text.csv", "qualtrics", "utf-8", ","),
        ("kobo_labels.csv", "kobotoolbox", "utf-8", ";"),
        ("kobo_xml_values.csv", "kobotoolbox", "utf-8", ";"),
        ("limesurvey_codes_semicolon.csv", "limesurvey", "utf-8-bom", ";"),
        ("limesurvey_full_comma.csv", "limesurvey", "utf-8-bom", ","),
        ("redcap_raw.csv", "redcap", "utf-8", ","),
        ("redcap_labels.csv", "redcap", "utf-8", ","),
        ("typeform.csv", "typeform", "utf-8", ","),
        ("msforms_saved_as_csv_utf8.csv", "microsoft-forms", "utf-8-bom", ","),
        ("excel_de_semicolon_cp1252.csv", "unknown", "windows-1252", ";"),
        ("excel_csv_utf8_bom.csv", "unknown", "utf-8-bom", ","),
        ("excel_unicode_text_utf16le.txt", "unknown", "utf-16le", "\t"),
        ("excel_mac_cr_only_macroman.csv", "unknown", "macintosh", ","),
    ])
    func readAsItComes(file: String, platform: String, encoding: String, delimiter: String) throws {
        let result = try TapestryBinary.run(["inspect", Self.folder.appendingPathComponent(file).path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let inspection = try jsonObject(result.stdout)
        #expect(inspection["platform"] as? String == platform)
        #expect(inspection["encoding"] as? String == encoding)
        #expect(inspection["delimiter"] as? String == delimiter)
        #expect((inspection["dataRows"] as? Int ?? 0) >= 1)
    }

    @Test func everyShapeIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "README.md" }
        #expect(files.count == 16)
    }

    @Test func accentsSurviveEveryEncoding() throws {
        for file in ["excel_de_semicolon_cp1252.csv", "excel_csv_utf8_bom.csv", "excel_unicode_text_utf16le.txt", "excel_mac_cr_only_macroman.csv"] {
            let result = try TapestryBinary.run(["inspect", Self.folder.appendingPathComponent(file).path, "--format", "json"])
            let columns = try #require(try jsonObject(result.stdout)["columns"] as? [[String: Any]])
            #expect(columns.first?["header"] as? String == "Organisation", "\(file)")
            #expect(columns.count == 4, "\(file)")
        }
    }
}
