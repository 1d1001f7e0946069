import Testing
import TapestryImport

/// Records, fields and the line each record starts on.
@Suite struct CSVTokenizerTests {
    static func records(_ text: String, delimiter: Character = ",") -> [CSVRecord] {
        Array(CSVTokenizer(text: text, delimiter: delimiter))
    }

    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
        let records = Self.records("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\nlast,row\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\"\nthere"], ["last", "row"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func everyLineEndingSplitsRecords(ending: String) {
        let records = Self.records(["h1,h2", "1,2", "\"a\(ending)b\",3"].joined(separator: ending) + ending)
        #expect(records.map(\.fields) == [["h1", "h2"], ["1", "2"], ["a\(ending)b", "3"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func shortRowsBlankLinesAndOtherDelimiters() {
        let records = Self.records("a;b;c\n1\n\n2;3;4;\n", delimiter: ";")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1"], [""], ["2", "3", "4", ""]])
        #expect(records[1][safe: 2] == "")
        #expect(records[2].isBlank)
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func anUnclosedQuoteIsReported() {
        var tokenizer = CSVTokenizer(text: "a,b\n1,\"open\n2,3\n")
        while tokenizer.next() != nil {}
        #expect(tokenizer.unterminatedQuoteLine == 2)
    }
}
