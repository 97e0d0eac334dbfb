/// Markdown written for a page, turned into the plain text a chat message or an email's text part shows.
public enum MarkdownText {
    /// Paragraphs separated by a blank line, lists after `- ` or their numbers, links as their text and address.
    public static func plain(_ markdown: String) -> String {
        MarkdownDocument.plainText(of: markdown)
    }
}
