extension Duration {
    /// The duration in milliseconds, for progress lines and `--timings`.
    package var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
