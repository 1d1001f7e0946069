import Foundation
import Testing
import TapestryImport
import TapestryScoring

/// Delimiters, encodings and platforms recognised by structure, on small hand-made files.
@Suite struct DialectAndPlatformTests {
    static let instrument = CanonicalCSVReaderTests.instrument

    static func open(_ text: String, encoding: String.Encoding = .utf8) throws -> SurveyFile {
        try SurveyFile(data: text.data(using: encoding)!, path: "x.csv", instrument: instrument)
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2;3\n", ";"),                                      // decimal commas do not fool it
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ("\"x;y\",b\n\"1;2\",3\n", ","),                                 // delimiters inside quotes do not count
    ])
    func delimiter(text: String, expected: String) throws {
        #expect(try Self.open(text).delimiter == Character(expected))
    }

    @Test func macRomanIsToldApartFromWindows1252() {
        // "Café Münster": é and ü are 0x8E and 0x9F in Mac OS Roman, 0xE9 and 0xFC in Windows-1252.
        let mac = DecodedText(data: Data([0x43, 0x61, 0x66, 0x8E, 0x20, 0x4D, 0x9F, 0x6E, 0x73, 0x74, 0x65, 0x72]))
        #expect(mac.encoding == "macintosh" && mac.text == "Café Münster")
        let windows = DecodedText(data: Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x4D, 0xFC, 0x6E, 0x73, 0x74, 0x65, 0x72]))
        #expect(windows.encoding == "windows-1252" && windows.text == "Café Münster")
    }

    @Test(arguments: [
        ("Q1,Q2\nLabel one,Label two\n\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n4,5\n", Platform.qualtrics, 3),
        ("ResponseID,Q1\nResponseID,Text\n{'ImportId': 'responseId'},{'ImportId': 'QID1'}\nR_1,4\n", .qualtrics, 3),
        ("V1,V2,V3,Q1\nResponseID,ResponseSet,Name,Text\nR_1,Default,Anonymous,3\n", .qualtrics, 2),
        ("Respondent ID,Question,\n,Row one,Row two\n1,4,5\n", .surveymonkey, 2),
        ("start;end;q;_uuid\n#date;#date;#q;#id\n1;2;3;4\n", .kobotoolbox, 2),
        ("record_id,x,form_complete\n1,4,2\n", .redcap, 1),
        ("id,submitdate,lastpage,startlanguage,seed,x\n1,,2,en,123,4\n", .limesurvey, 1),
        ("Antwort ID,Abgeschickt,Letzte Seite,Startsprache,Zufall,x\n1,2024-01-01,2,de,981,4\n", .limesurvey, 1),
        ("#,Question,Response Type\nabc,4,completed\n", .typeform, 1),
        ("ID,Start time,Completion time,Email,Name,Q\n1,1/15/24 10:20:01,1/15/24 10:23:45,anonymous,,4\n", .microsoftForms, 1),
        ("Marca temporal,Pregunta\n15/01/2024 10:23:45,4\n", .googleForms, 1),
        ("respondent,Q1,Q2\nr,1,2\n", .canonical, 1),
        ("Organisation,Score\nA,4\n", .unknown, 1),
    ])
    func platformByStructure(text: String, platform: Platform, headerRows: Int) throws {
        let file = try Self.open(text)
        #expect(file.platform == platform)
        #expect(file.headerRows == headerRows)
    }

    @Test func dataRecordsSkipHeaderRowsAndBlankLines() throws {
        let file = try Self.open("V1,V2,V3\nA,B,C\n\n1,2,3\n\n4,5,6\n")
        #expect(file.dataRecords().map(\.line) == [4, 6])
        #expect(file.headerLine == 2)
    }
}
