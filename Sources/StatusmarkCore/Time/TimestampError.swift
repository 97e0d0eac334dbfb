/// Why a timestamp could not be read, and where in its text the problem starts.
package struct TimestampError: Error, Sendable, Hashable {
    package var code: DiagnosticCode
    package var message: String
    package var notes: [String]
    /// Offset of the problem from the start of the timestamp text, in Unicode scalars.
    package var offset: Int
    /// Length of the offending part, in Unicode scalars.
    package var length: Int

    package init(_ code: DiagnosticCode, _ message: String, notes: [String] = [], offset: Int = 0, length: Int = 1) {
        self.code = code
        self.message = message
        self.notes = notes
        self.offset = offset
        self.length = length
    }
}
