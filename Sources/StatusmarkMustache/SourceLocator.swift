/// Turns a byte offset of a template's source into a line and a column, both from 1, the column counted in
/// Unicode scalars as editors count characters.
struct SourceLocator: Sendable {
    private let source: [UInt8]
    /// The offset where each line begins.
    private let lineStarts: [Int]

    init(_ source: [UInt8]) {
        self.source = source
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    func location(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = min(offset, source.count)
        let column = source[start..<end].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        return (low + 1, column)
    }
}
