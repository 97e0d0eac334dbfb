/// A text's Unicode scalars, addressable by offset, with cheap copies of any range as a `String`.
///
/// Parsers here count offsets in scalars (diagnostics give scalar columns). Rebuilding a `String` scalar by scalar
/// from an array was the largest cost of reading timestamps and headings; this keeps each scalar's index into
/// the original text so a range is copied whole.
struct ScalarText {
    let text: String
    let scalars: [Unicode.Scalar]
    /// Each scalar's index in `text`, and `text.endIndex` last.
    private let indices: [String.Index]

    init(_ text: String) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        scalars.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count + 1)
        let view = text.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            scalars.append(view[index])
            indices.append(index)
            index = view.index(after: index)
        }
        indices.append(view.endIndex)
        self.scalars = scalars
        self.indices = indices
    }

    var count: Int { scalars.count }

    subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The scalars in a range of offsets, as a string.
    func string(_ range: Range<Int>) -> String {
        String(text.unicodeScalars[indices[range.lowerBound]..<indices[range.upperBound]])
    }
}
