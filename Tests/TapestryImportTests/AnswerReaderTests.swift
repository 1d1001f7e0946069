import Testing
import TapestryImport
import TapestryScoring

/// Cells read as numbers, labels, missing, out of range or unknown.
@Suite struct AnswerReaderTests {
    let reader = AnswerReader(scale: Scale(
        min: 1, max: 5,
        labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
        missing: ["Don't know", "N/A"]))

    @Test func mappingFileLabelsAndMissingWin() {
        let scale = Scale(min: 1, max: 5, labels: ["SD", "D", "N", "A", "SA"], missing: [])
        let reader = AnswerReader(scale: scale, mapping: MappingFile(labels: ["A1": 1, "A5": 5, "agree": 5], missing: ["Sin opinión"]))
        #expect(reader.read("A1") == .value(1))
        #expect(reader.read("a5") == .value(5))
        #expect(reader.read("Agree") == .value(5))                      // the mapping file overrides the table
        #expect(reader.read("sin opinión") == .missing)
    }

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
        ("-99", .missing),                                              // Qualtrics: seen, not answered
        ("-3", .outOfRange(-3)),
        ("5 - Strongly agree", .value(5)),
        ("(2) Disagree", .value(2)),
        ("4. agree", .value(4)),
        ("Tout à fait d'accord", .value(5)),
        ("stimme eher nicht zu", .value(2)),
        ("Ni de acuerdo ni en desacuerdo", .value(3)),
        ("Concordo", .value(4)),
        ("strongly_disagree", .value(1)),
        ("<span>Agree</span>", .value(4)),
        ("Neither agree&nbsp;nor disagree", .value(3)),
        ("Weiß nicht", .missing),
        ("7 - Very much", .outOfRange(7)),
        ("2.5", .unknown("2.5")),
        ("maybe", .unknown("maybe")),
    ])
    func cells(cell: String, reading: AnswerReading) {
        #expect(reader.read(cell) == reading)
    }
}
