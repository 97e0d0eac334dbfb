import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// A Markdown text parsed once by libcmark, seen as a list of top-level blocks that can be rendered to HTML.
///
/// This is the only file that imports `CCmark`: no cmark pointer or type leaves it. Incident bodies are split into
/// updates at their level-2 headings by walking this AST, never with regular expressions. libcmark renders in safe
/// mode unless `unsafeHTML` is set: raw HTML becomes a comment and `javascript:` links lose their target.
final class MarkdownDocument {
    /// A top-level block of the document.
    struct Block {
        enum Kind: Equatable {
            case heading(level: Int)
            case list
            /// A paragraph that starts with strong text (`**Resolved** — 11:00`).
            case strongParagraph
            case other
        }

        var kind: Kind
        /// The file line the block starts on.
        var startLine: Int
        /// The file line the block ends on.
        var endLine: Int
        /// The plain text of a heading (its inline content without markup), or of a strong paragraph's first line;
        /// empty for other blocks.
        var plainText: String
    }

    /// An item of a list block.
    struct ListItem {
        /// The file line the item starts on.
        var startLine: Int
        /// The plain text of the item's first paragraph.
        var plainText: String
    }

    let blocks: [Block]
    private let root: OpaquePointer
    private let nodes: [OpaquePointer]
    private let renderOptions: Int32

    /// Parses Markdown.
    /// - Parameters:
    ///   - markdown: The text.
    ///   - firstLine: The file line of the text's first line, so that block lines are file lines.
    ///   - unsafeHTML: Whether raw HTML and any link target pass through.
    init(_ markdown: Substring, firstLine: Int, unsafeHTML: Bool) {
        var options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        renderOptions = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var text = String(markdown)
        root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }
        var nodes: [OpaquePointer] = []
        var blocks: [Block] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            let type = cmark_node_get_type(node)
            let kind: Block.Kind
            var plainText = ""
            if type == CMARK_NODE_HEADING {
                kind = .heading(level: Int(cmark_node_get_heading_level(node)))
                plainText = MarkdownDocument.plainText(of: node)
            } else if type == CMARK_NODE_LIST {
                kind = .list
            } else if type == CMARK_NODE_PARAGRAPH, let first = cmark_node_first_child(node),
                cmark_node_get_type(first) == CMARK_NODE_STRONG
            {
                kind = .strongParagraph
                plainText = MarkdownDocument.plainText(of: node, firstLineOnly: true)
            } else {
                kind = .other
            }
            nodes.append(node)
            blocks.append(
                Block(
                    kind: kind,
                    startLine: firstLine + Int(cmark_node_get_start_line(node)) - 1,
                    endLine: firstLine + Int(cmark_node_get_end_line(node)) - 1,
                    plainText: plainText))
            child = cmark_node_next(node)
        }
        self.nodes = nodes
        self.blocks = blocks
        self.firstLine = firstLine
    }

    private let firstLine: Int

    deinit {
        cmark_node_free(root)
    }

    /// The HTML of a run of top-level blocks.
    func renderHTML(_ range: Range<Int>) -> String {
        var html = ""
        for index in range {
            html += render(nodes[index])
        }
        return html
    }

    /// The items of a list block.
    func listItems(ofBlock index: Int) -> [ListItem] {
        var items: [ListItem] = []
        var child = cmark_node_first_child(nodes[index])
        while let item = child {
            let paragraph = cmark_node_first_child(item)
            let text = paragraph.map { MarkdownDocument.plainText(of: $0) } ?? ""
            items.append(ListItem(startLine: firstLine + Int(cmark_node_get_start_line(item)) - 1, plainText: text))
            child = cmark_node_next(item)
        }
        return items
    }

    /// The HTML of a list item without its first `prefixLength` characters of plain text (a timestamp and its
    /// separator), as inline HTML for the first paragraph followed by any further blocks of the item.
    ///
    /// This edits the item's text in the AST: render any block that contains the list before calling it.
    func renderListItem(ofBlock index: Int, item position: Int, droppingPrefix prefixLength: Int) -> String {
        var child = cmark_node_first_child(nodes[index])
        for _ in 0..<position { child = child.flatMap(cmark_node_next) }
        guard let item = child else { return "" }
        var html = ""
        var block = cmark_node_first_child(item)
        if let paragraph = block, cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH {
            dropLeadingText(of: paragraph, count: prefixLength)
            // A paragraph in a tight list renders without <p>; in a loose one, with it.
            var rendered = Substring(render(paragraph))
            if rendered.hasPrefix("<p>"), rendered.hasSuffix("</p>\n") {
                rendered = rendered.dropFirst("<p>".count).dropLast("</p>\n".count)
            }
            while rendered.last?.isNewline == true { rendered = rendered.dropLast() }
            html = String(rendered)
            block = cmark_node_next(paragraph)
        }
        while let node = block {
            html += render(node)
            block = cmark_node_next(node)
        }
        return html
    }
}

private extension MarkdownDocument {
    func render(_ node: OpaquePointer) -> String {
        guard let buffer = cmark_render_html(node, renderOptions) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Removes the first `count` characters of a paragraph's leading text nodes, and the spaces after them.
    func dropLeadingText(of paragraph: OpaquePointer, count: Int) {
        var remaining = count
        var child = cmark_node_first_child(paragraph)
        while let node = child, cmark_node_get_type(node) == CMARK_NODE_TEXT {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let next = cmark_node_next(node)
            if remaining >= literal.count {
                remaining -= literal.count
                cmark_node_unlink(node)
                cmark_node_free(node)
                child = next
                if remaining == 0 { break }
                continue
            }
            let rest = String(literal.dropFirst(remaining).drop(while: { $0 == " " }))
            cmark_node_set_literal(node, rest)
            return
        }
        // Drop the space that separated the prefix from emphasis or a link that follows it.
        if let node = child, cmark_node_get_type(node) == CMARK_NODE_TEXT,
            let literal = cmark_node_get_literal(node).map({ String(cString: $0) })
        {
            cmark_node_set_literal(node, String(literal.drop(while: { $0 == " " })))
        }
    }

    /// The text of a node's inline content: text and code literals, with line breaks as spaces.
    ///
    /// Walked with libcmark's iterator rather than by recursion, so that a list nested tens of thousands deep
    /// cannot overflow the stack.
    static func plainText(of node: OpaquePointer, firstLineOnly: Bool = false) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let inline = cmark_iter_get_node(iterator), inline != node else { continue }
            let type = cmark_node_get_type(inline)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if let literal = cmark_node_get_literal(inline) { text += String(cString: literal) }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                if firstLineOnly { break }
                text += " "
            }
        }
        return text
    }
}

extension MarkdownDocument {
    /// A Markdown text as plain text, for a chat message or an email's text part: paragraphs and headings
    /// separated by a blank line, list items after `- ` (or their number), block quotes after `> `, code as
    /// written, a link as its text and its address in parentheses, and images as their description.
    static func plainText(of markdown: String) -> String {
        var text = markdown
        let root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_VALIDATE_UTF8)
            }
        }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var output = ""
        // What starts each line inside the current blocks: "> " for a quote, spaces under a list item.
        var prefixes: [String] = []
        var atLineStart = true
        func startBlock() {
            if !output.isEmpty {
                if !output.hasSuffix("\n") { output += "\n" }
                if !output.hasSuffix("\n\n") { output += prefixes.joined().trimmingTrailingSpaces() + "\n" }
            }
            atLineStart = true
        }
        func write(_ piece: String) {
            for (index, line) in piece.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    output += "\n"
                    atLineStart = true
                }
                guard !line.isEmpty else { continue }
                if atLineStart {
                    output += prefixes.joined()
                    atLineStart = false
                }
                output += line
            }
        }
        var listNumbers: [Int?] = []
        var linkTargets: [String] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let literal = { cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                // A list item's first paragraph follows its marker on the same line.
                if entering, !(cmark_node_previous(node) == nil && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_ITEM) {
                    startBlock()
                }
            case CMARK_NODE_BLOCK_QUOTE:
                if entering {
                    startBlock()
                    prefixes.append("> ")
                } else {
                    prefixes.removeLast()
                }
            case CMARK_NODE_LIST:
                if entering {
                    // A list is a block of its own, but one inside an item follows the item's text directly.
                    if cmark_node_get_type(cmark_node_parent(node)) != CMARK_NODE_ITEM { startBlock() }
                    listNumbers.append(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? Int(cmark_node_get_list_start(node)) : nil)
                } else {
                    listNumbers.removeLast()
                }
            case CMARK_NODE_ITEM:
                if entering {
                    if !output.isEmpty, !output.hasSuffix("\n") { output += "\n" }
                    atLineStart = true
                    let marker: String
                    if let number = listNumbers.last ?? nil {
                        marker = "\(number). "
                        listNumbers[listNumbers.count - 1] = number + 1
                    } else {
                        marker = "- "
                    }
                    write(marker)
                    prefixes.append(String(repeating: " ", count: marker.count))
                } else {
                    prefixes.removeLast()
                }
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                startBlock()
                var code = literal()
                if code.hasSuffix("\n") { code.removeLast() }
                write(code)
            case CMARK_NODE_THEMATIC_BREAK:
                startBlock()
                write("---")
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                write(literal())
            case CMARK_NODE_SOFTBREAK:
                write(" ")
            case CMARK_NODE_LINEBREAK:
                write("\n")
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if entering {
                    linkTargets.append(url)
                } else if let target = linkTargets.popLast(), !target.isEmpty, type == CMARK_NODE_LINK {
                    // An autolink's text is its address already.
                    let shown = Self.plainText(of: node)
                    if shown != target, "mailto:" + shown != target { write(" (\(target))") }
                }
            default:
                break
            }
        }
        return output.trimmingTrailingSpaces()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\n" { result.removeLast() }
        return result
    }
}
