/// Compiles a template's source into nodes: tags found with the current delimiters, standalone lines removed,
/// names resolved to key numbers and partials to template numbers.
///
/// A line is standalone when it holds only spaces or tabs and one tag of a kind that shows nothing itself (a
/// section's opening or closing tag, a comment, a partial, a delimiter change, a parent or a block). A line of
/// several such tags is standalone too when one of them opens or closes a parent, as inheritance wants
/// (`{{<layout}}{{$main}}` on a line); an empty block on a line of its own (`{{$head}}{{/head}}`) keeps its
/// line end. A standalone line leaves no trace in the output, and its indentation indents a partial's lines.
///
/// Blocks are re-indented: an override loses the indentation of its first line, where it is defined, and takes
/// its block's, where it is shown. A block's indentation is its default content's when its tag stands alone
/// ("intrinsic"), otherwise the blanks before its tag.
struct TemplateParser {
    /// One reference to a template by name, with where it is.
    struct Reference: Sendable, Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    private enum FrameKind {
        case root
        case section(TemplateName, inverted: Bool)
        case parent(Int, indentation: [UInt8]?)
        case block(Int, tagIndentation: [UInt8], standalone: Bool)
    }

    private struct Frame {
        var kind: FrameKind
        var name: ArraySlice<UInt8>
        var nameOffset: Int
        var nodes: [TemplateNode] = []
        var overrides: [Int: TemplateNode.Override] = [:]
        var startsLine: Bool
        /// Where the frame's content begins, and whether that begins a line of the source.
        var bodyStart = 0
        var bodyStartsLine = false
    }

    private struct Tag {
        var sigil: UInt8?
        var start: Int
        var end: Int
        var content: Range<Int>
    }

    private let source: [UInt8]
    private let templateNumber: (String) -> Int
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var position = 0
    private var atLineStart = true
    /// After a standalone line of several tags: where its last tag ends and where the next line begins.
    private var standaloneGroup: (lastTagEnd: Int, nextLine: Int)?
    private let locator: SourceLocator
    /// The partials and parents the template names, in order.
    private(set) var partials: [Reference] = []
    /// The names of values the template reads (`.` excluded), in order.
    private(set) var names: [Reference] = []
    /// The same, with their byte offsets, until the parse ends and turns them into lines and columns in one pass.
    private var partialOffsets: [(String, Int)] = []
    private var nameOffsets: [(String, Int)] = []

    init(source: [UInt8], templateNumber: @escaping (String) -> Int) {
        self.source = source
        self.templateNumber = templateNumber
        locator = SourceLocator(source)
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var frames = [Frame(kind: .root, name: [], nameOffset: 0, startsLine: true)]
        while position < source.count {
            guard let tagStart = find(open, from: position) else {
                appendText(position..<source.count, to: &frames)
                position = source.count
                break
            }
            let tag = try readTag(at: tagStart)
            let standalone = standaloneLine(for: tag, frames: frames)
            let textEnd = standalone?.lineBegin ?? tag.start
            appendText(position..<textEnd, to: &frames)
            let indentation = standalone.map { Array(source[$0.lineBegin..<tag.start]) }
            // A standalone tag's line is gone from the output, indentation and all; what follows it starts a line.
            let startsLine = standalone == nil && atLineStart
            let depth = frames.count
            try handle(tag, indentation: indentation, startsLine: startsLine, frames: &frames)
            if let group = standaloneGroup, tag.end >= group.lastTagEnd {
                position = group.nextLine
                standaloneGroup = nil
                atLineStart = true
            } else if let standalone, standalone.lastTagEnd == tag.end {
                position = standalone.nextLine
                atLineStart = true
            } else {
                if let standalone { standaloneGroup = (standalone.lastTagEnd, standalone.nextLine) }
                position = tag.end
                atLineStart = false
            }
            if frames.count > depth {
                frames[frames.count - 1].bodyStart = position
                frames[frames.count - 1].bodyStartsLine = atLineStart
            }
        }
        if frames.count > 1, let open = frames.last {
            let (line, column) = locator.location(of: open.nameOffset)
            throw TemplateSyntaxError(
                reason: .unclosedSection, line: line, column: column, name: String(decoding: open.name, as: UTF8.self))
        }
        partials = locate(partialOffsets)
        names = locate(nameOffsets)
        return frames[0].nodes
    }

    /// References at ascending offsets, located in one pass over the source.
    private func locate(_ references: [(String, Int)]) -> [Reference] {
        var located: [Reference] = []
        located.reserveCapacity(references.count)
        var line = 1
        var column = 1
        var offset = 0
        for (name, target) in references {
            while offset < target {
                if source[offset] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if source[offset] & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            located.append(Reference(name: name, line: line, column: column))
        }
        return located
    }

    // MARK: - Tags

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, source.count >= needle.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first {
                var matches = true
                for offset in 1..<needle.count where source[index + offset] != needle[offset] {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }

    private func matches(_ needle: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= source.count else { return false }
        for offset in needle.indices where source[index + offset] != needle[offset] { return false }
        return true
    }

    private func readTag(at start: Int) throws(TemplateSyntaxError) -> Tag {
        var index = start + open.count
        var sigil: UInt8?
        if index < source.count, Self.sigils.contains(source[index]) {
            sigil = source[index]
            index += 1
        }
        // A triple mustache and a delimiter change end with their own character before the delimiter.
        let terminator: [UInt8]
        switch sigil {
        case UInt8(ascii: "{"): terminator = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "="): terminator = [UInt8(ascii: "=")] + close
        default: terminator = close
        }
        guard let end = find(terminator, from: index) else {
            let (line, column) = locator.location(of: start)
            throw TemplateSyntaxError(reason: .unclosedTag, line: line, column: column)
        }
        return Tag(sigil: sigil, start: start, end: end + terminator.count, content: index..<end)
    }

    private static let sigils: Set<UInt8> = Set("#^/!><$=&{".utf8)
    /// The kinds of tag that can stand alone on a line.
    private static let standaloneSigils: Set<UInt8> = Set("#^/!><$=".utf8)

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// The spaces and tabs before `offset` when only they precede it on its line, otherwise none.
    private func blanks(before offset: Int) -> [UInt8] {
        var lineBegin = offset
        while lineBegin > 0, isBlank(source[lineBegin - 1]) { lineBegin -= 1 }
        guard lineBegin == 0 || source[lineBegin - 1] == UInt8(ascii: "\n") else { return [] }
        return Array(source[lineBegin..<offset])
    }

    /// The spaces and tabs from `offset` on.
    private func blanks(from offset: Int) -> [UInt8] {
        var end = offset
        while end < source.count, isBlank(source[end]) { end += 1 }
        return Array(source[offset..<end])
    }

    /// Where a standalone tag's line begins, where the line's last tag ends and where the next line begins; `nil`
    /// when the tag is not standalone.
    private func standaloneLine(for tag: Tag, frames: [Frame]) -> (lineBegin: Int, lastTagEnd: Int, nextLine: Int)? {
        if let group = standaloneGroup, tag.start < group.lastTagEnd {
            return (tag.start, group.lastTagEnd, group.nextLine)
        }
        guard let sigil = tag.sigil, Self.standaloneSigils.contains(sigil) else { return nil }
        var lineBegin = tag.start
        while lineBegin > 0, isBlank(source[lineBegin - 1]) { lineBegin -= 1 }
        guard lineBegin == 0 || source[lineBegin - 1] == UInt8(ascii: "\n") else { return nil }
        var parent = sigil == UInt8(ascii: "<") || (sigil == UInt8(ascii: "/") && closesParent(frames, depth: 0))
        var closes = sigil == UInt8(ascii: "/") ? 1 : 0
        var opens = 0
        var lastTagEnd = tag.end
        var index = tag.end
        var tags = 1
        while true {
            while index < source.count, isBlank(source[index]) { index += 1 }
            if index == source.count { break }
            if source[index] == UInt8(ascii: "\n") {
                index += 1
                break
            }
            if source[index] == UInt8(ascii: "\r"), index + 1 < source.count, source[index + 1] == UInt8(ascii: "\n") {
                index += 2
                break
            }
            // Another tag on the line: allowed only among a parent's and blocks' tags and comments.
            guard matches(open, at: index), index + open.count < source.count else { return nil }
            let next = source[index + open.count]
            guard "<$/!".utf8.contains(next), let end = find(close, from: index + open.count + 1) else { return nil }
            if next == UInt8(ascii: "<") || next == UInt8(ascii: "$") {
                if next == UInt8(ascii: "<") { parent = true }
                opens += 1
            } else if next == UInt8(ascii: "/") {
                if opens > 0 {
                    opens -= 1
                } else {
                    if closesParent(frames, depth: closes) { parent = true }
                    closes += 1
                }
            }
            index = end + close.count
            lastTagEnd = index
            tags += 1
        }
        guard tags == 1 || parent else { return nil }
        return (lineBegin, lastTagEnd, index)
    }

    /// Whether the frame `depth` levels below the innermost is a parent.
    private func closesParent(_ frames: [Frame], depth: Int) -> Bool {
        let index = frames.count - 1 - depth
        guard index > 0, case .parent = frames[index].kind else { return false }
        return true
    }

    // MARK: - Nodes

    private mutating func appendText(_ range: Range<Int>, to frames: inout [Frame]) {
        guard !range.isEmpty else { return }
        let bytes = Array(source[range])
        var lineStarts: [Int] = atLineStart ? [0] : []
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") && offset + 1 < bytes.count {
            lineStarts.append(offset + 1)
        }
        let node = TemplateNode(kind: .text(bytes, lineStarts: lineStarts), startsLine: atLineStart)
        atLineStart = bytes.last == UInt8(ascii: "\n")
        // Text inside a parent, outside its blocks, is ignored.
        if case .parent = frames[frames.count - 1].kind { return }
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func handle(
        _ tag: Tag, indentation: [UInt8]?, startsLine: Bool, frames: inout [Frame]
    ) throws(TemplateSyntaxError) {
        let trimmed = trim(tag.content)
        switch tag.sigil {
        case UInt8(ascii: "!"):
            return
        case UInt8(ascii: "="):
            try setDelimiters(trimmed, tag: tag)
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            let name = try templateName(trimmed)
            frames.append(
                Frame(
                    kind: .section(name, inverted: tag.sigil == UInt8(ascii: "^")), name: source[trimmed],
                    nameOffset: trimmed.lowerBound, startsLine: startsLine))
        case UInt8(ascii: "$"):
            try checkName(trimmed)
            frames.append(
                Frame(
                    kind: .block(
                        TemplateKeys.number(of: text(trimmed)), tagIndentation: indentation ?? blanks(before: tag.start),
                        standalone: indentation != nil),
                    name: source[trimmed], nameOffset: trimmed.lowerBound, startsLine: startsLine))
        case UInt8(ascii: "<"):
            try checkName(trimmed)
            let number = reference(trimmed)
            frames.append(
                Frame(
                    kind: .parent(number, indentation: indentation), name: source[trimmed],
                    nameOffset: trimmed.lowerBound, startsLine: startsLine))
        case UInt8(ascii: "/"):
            try closeSection(trimmed, frames: &frames)
        case UInt8(ascii: ">"):
            try checkName(trimmed)
            let number = reference(trimmed)
            try append(
                TemplateNode(kind: .partial(number, indentation: indentation), startsLine: startsLine),
                standalone: indentation != nil, at: tag.start, to: &frames)
        default:
            let name = try templateName(trimmed)
            let escaped = tag.sigil == nil
            try append(
                TemplateNode(kind: .variable(name, escaped: escaped), startsLine: startsLine), standalone: false,
                at: tag.start, to: &frames)
        }
    }

    private mutating func closeSection(_ name: Range<Int>, frames: inout [Frame]) throws(TemplateSyntaxError) {
        guard frames.count > 1, let frame = frames.last, frame.name.elementsEqual(source[name]) else {
            let (line, column) = locator.location(of: name.lowerBound)
            throw TemplateSyntaxError(reason: .closingTagMismatch, line: line, column: column, name: text(name))
        }
        frames.removeLast()
        switch frame.kind {
        case .root:
            return
        case .section(let templateName, let inverted):
            let kind: TemplateNode.Kind =
                inverted
                ? .invertedSection(templateName, body: frame.nodes) : .section(templateName, body: frame.nodes)
            try append(TemplateNode(kind: kind, startsLine: frame.startsLine), standalone: false, at: frame.nameOffset, to: &frames)
        case .parent(let number, let indentation):
            try append(
                TemplateNode(
                    kind: .parent(number, indentation: indentation, overrides: frame.overrides),
                    startsLine: frame.startsLine),
                standalone: indentation != nil, at: frame.nameOffset, to: &frames)
        case .block(let key, let tagIndentation, let standalone):
            // The blanks that begin the block's content, when it begins a line.
            let contentIndentation = frame.bodyStartsLine ? blanks(from: frame.bodyStart) : []
            if case .parent = frames[frames.count - 1].kind {
                // A block inside a parent overrides the parent's block of that name; the first definition wins.
                if frames[frames.count - 1].overrides[key] == nil {
                    frames[frames.count - 1].overrides[key] = TemplateNode.Override(
                        body: frame.nodes, indentation: contentIndentation)
                }
            } else {
                let indentation = standalone && !frame.nodes.isEmpty ? contentIndentation : tagIndentation
                try append(
                    TemplateNode(
                        kind: .block(key, body: frame.nodes, indentation: indentation, standalone: standalone),
                        startsLine: frame.startsLine),
                    standalone: false, at: frame.nameOffset, to: &frames)
            }
        }
    }

    /// Adds a node to the innermost frame; inside a parent only blocks may appear.
    private mutating func append(
        _ node: TemplateNode, standalone: Bool, at offset: Int, to frames: inout [Frame]
    ) throws(TemplateSyntaxError) {
        if case .parent = frames[frames.count - 1].kind {
            let (line, column) = locator.location(of: offset)
            throw TemplateSyntaxError(reason: .misplacedInParent, line: line, column: column)
        }
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func setDelimiters(_ content: Range<Int>, tag: Tag) throws(TemplateSyntaxError) {
        let parts = source[content].split(whereSeparator: { isBlank($0) || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            let (line, column) = locator.location(of: tag.start)
            throw TemplateSyntaxError(reason: .invalidDelimiters, line: line, column: column)
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    // MARK: - Names

    private func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
        while lower < upper, isSpace(source[lower]) { lower += 1 }
        while upper > lower, isSpace(source[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: source[range], as: UTF8.self) }

    private func checkName(_ range: Range<Int>) throws(TemplateSyntaxError) {
        let bytes = source[range]
        guard !bytes.isEmpty, !bytes.contains(where: { isBlank($0) || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else {
            let (line, column) = locator.location(of: range.lowerBound)
            throw TemplateSyntaxError(reason: .invalidName, line: line, column: column, name: text(range))
        }
    }

    private mutating func templateName(_ range: Range<Int>) throws(TemplateSyntaxError) -> TemplateName {
        try checkName(range)
        let name = text(range)
        if name != "." {
            guard !name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
                let (line, column) = locator.location(of: range.lowerBound)
                throw TemplateSyntaxError(reason: .invalidName, line: line, column: column, name: name)
            }
            nameOffsets.append((name, range.lowerBound))
        }
        return TemplateName(Substring(name))
    }

    private mutating func reference(_ range: Range<Int>) -> Int {
        let name = text(range)
        partialOffsets.append((name, range.lowerBound))
        return templateNumber(name)
    }
}
