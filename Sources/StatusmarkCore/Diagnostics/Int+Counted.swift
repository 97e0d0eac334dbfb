extension Int {
    /// `1 error`, `2 errors`: a count with its noun, for messages.
    package func counted(_ noun: String) -> String {
        self == 1 ? "1 \(noun)" : "\(self) \(noun)s"
    }
}
