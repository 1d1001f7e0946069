import Testing
import TapestryImport
import TapestryScoring

/// Cells read as numbers, labels, missing, out of range or unknown.
@Suite struct AnswerReaderTests {
    let reader = AnswerReader(scale: Scale(
        min: 1, max: 5,
        labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
        missing: ["Don't know", "N/A"]))

    @Test(arguments: [
        ("4", AnswerReading.value(4)),
        (" 5 ", .value(5)),
        ("3.0", .value(3)),
        ("strongly AGREE", .value(5)),
        ("Strongly\u{00A0}disagree", .value(1)),
        ("  neither agree  nor disagree ", .value(3)),
        ("", .missing),
        ("   ", .missing),
        ("don't know", .missing),
        ("n/a", .missing),
        ("0", .outOfRange(0)),
        ("6", .outOfRange(6)),
        ("-99", .outOfRange(-99)),
        ("2.5", .unknown("2.5")),
        ("maybe", .unknown("maybe")),
    ])
    func cells(cell: String, reading: AnswerReading) {
        #expect(reader.read(cell) == reading)
    }
}
