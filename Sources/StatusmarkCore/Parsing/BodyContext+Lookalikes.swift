import Foundation

extension BodyContext {
    /// A warning at each place that reads like an update but is not one: a heading of another level, a paragraph
    /// that starts in bold, or a list item, whose text is a status word and a time (`### Resolved — 11:00 UTC`,
    /// `**Resolved** — 11:00`, `- Resolved: 2025-09-19 11:00`). Only level-2 headings start updates, so such a
    /// line would leave the incident in its last stage without a word from `check`.
    func lookalikeWarnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        func check(_ text: String, line: Int, isListItem: Bool) {
            guard let (status, when) = updateLookalike(text) else { return }
            warnings.append(
                .warning(
                    .updateLookalike, "this looks like an update; updates are level-2 headings",
                    at: SourceLocation(
                        path: path, line: line, column: contentColumn(ofLine: line, skippingListMarker: isListItem),
                        length: text.unicodeScalars.count),
                    notes: [
                        Diagnostic.Note("to post it, write it as '## \(status.title) — \(when)'"),
                        Diagnostic.Note("if it is not an update, word it so it does not start with a status and a time"),
                    ]))
        }
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .heading(let level) where level != 2: check(block.plainText, line: block.startLine, isListItem: false)
            case .strongParagraph: check(block.plainText, line: block.startLine, isListItem: false)
            case .list:
                for item in document.listItems(ofBlock: index) {
                    check(item.plainText, line: item.startLine, isListItem: true)
                }
            default: continue
            }
        }
        return warnings
    }

    /// The status and time of a text that reads as `Status — time` (any separator a heading takes, or a colon);
    /// `nil` for any other text.
    private func updateLookalike(_ text: String) -> (UpdateStatus, String)? {
        guard vocabulary.mayBegin(text), text.unicodeScalars.count <= 120 else { return nil }
        let split = SeparatedText.parenthesized(text) ?? SeparatedText.first(text, allowingColon: true)
        guard let split, let status = vocabulary.status(split.head) else { return nil }
        // Any date serves for a time alone: only whether it reads as a time matters.
        guard case .success = parser.parse(split.tail, dateFrom: started ?? Date(timeIntervalSince1970: 0)) else {
            return nil
        }
        return (status, split.tail)
    }
}
