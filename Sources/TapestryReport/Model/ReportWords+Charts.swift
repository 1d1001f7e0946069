extension ReportWords {
    /// Added to a drawback's title where its health is shown (0–100, higher always
    /// healthier), which turns its score the other way round.
    public static let flipped = " (flipped)"
}
