public import Foundation

/// An incident or planned maintenance as its file describes it: front matter, summary, updates, postmortem.
///
/// This is what was written, checked for form. What follows from it (start, end, severity, status) is computed
/// by ``IncidentFactsCalculator``.
///
/// A value with its fields in one shared box, copied on write: the pipeline copies incidents by the ten
/// thousand (the parse cache, the parse results, the records), and copying a dozen strings and arrays each time
/// was a large part of the preview server's rebuild. Incidents that share a box compare equal at once.
public struct Incident: Sendable, Hashable, Identifiable {
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // Mutated only through `Incident`'s setters, and only when this box is not shared (copy on write).
        @usableFromInline var slug: String
        @usableFromInline var path: String
        @usableFromInline var kind: IncidentKind
        @usableFromInline var title: String
        @usableFromInline var impacts: [ComponentImpact]
        @usableFromInline var affectedPercent: Double?
        @usableFromInline var declaredSeverity: Severity?
        @usableFromInline var started: Date?
        @usableFromInline var ended: Date?
        @usableFromInline var scheduledStart: Date?
        @usableFromInline var scheduledEnd: Date?
        @usableFromInline var until: Date?
        @usableFromInline var isPinned: Bool
        @usableFromInline var aliases: [Located<String>]
        @usableFromInline var summaryMarkdown: String
        @usableFromInline var summaryHTML: String
        @usableFromInline var updates: [IncidentUpdate]
        @usableFromInline var postmortem: Postmortem?
        @usableFromInline var isNewestFirst: Bool
        @usableFromInline var fieldLocations: [String: SourceLocation]

        init(
            slug: String, path: String, kind: IncidentKind, title: String, impacts: [ComponentImpact],
            affectedPercent: Double?, declaredSeverity: Severity?, started: Date?, ended: Date?, scheduledStart: Date?,
            scheduledEnd: Date?, until: Date?, isPinned: Bool, aliases: [Located<String>], summaryMarkdown: String,
            summaryHTML: String,
            updates: [IncidentUpdate], postmortem: Postmortem?, isNewestFirst: Bool,
            fieldLocations: [String: SourceLocation]
        ) {
            self.slug = slug
            self.path = path
            self.kind = kind
            self.title = title
            self.impacts = impacts
            self.affectedPercent = affectedPercent
            self.declaredSeverity = declaredSeverity
            self.started = started
            self.ended = ended
            self.scheduledStart = scheduledStart
            self.scheduledEnd = scheduledEnd
            self.until = until
            self.isPinned = isPinned
            self.aliases = aliases
            self.summaryMarkdown = summaryMarkdown
            self.summaryHTML = summaryHTML
            self.updates = updates
            self.postmortem = postmortem
            self.isNewestFirst = isNewestFirst
            self.fieldLocations = fieldLocations
        }

        func copy() -> Storage {
            Storage(
                slug: slug, path: path, kind: kind, title: title, impacts: impacts, affectedPercent: affectedPercent,
                declaredSeverity: declaredSeverity, started: started, ended: ended, scheduledStart: scheduledStart,
                scheduledEnd: scheduledEnd, until: until, isPinned: isPinned, aliases: aliases,
                summaryMarkdown: summaryMarkdown, summaryHTML: summaryHTML, updates: updates, postmortem: postmortem, isNewestFirst: isNewestFirst,
                fieldLocations: fieldLocations
            )
        }
    }

    @usableFromInline var storage: Storage

    /// The identity of the incident's storage: the same for copies of one parsed incident. A key that hashes
    /// eight bytes; whoever keys by it keeps the incident, so that the identity is not taken by another.
    /// Inlinable, so that a caller in another module reads the reference where it lies: calling the getter
    /// retains the storage first, a wait for memory in a pass over ten thousand records that never reads it.
    @inlinable package var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// The URL name: the file name without `.md`, as a slug.
    @inlinable public var slug: String {
        _read { yield storage.slug }
        set { uniqueStorage().slug = newValue }
    }

    /// The file's path relative to the site folder.
    @inlinable public var path: String {
        _read { yield storage.path }
        set { uniqueStorage().path = newValue }
    }

    @inlinable public var kind: IncidentKind {
        _read { yield storage.kind }
        set { uniqueStorage().kind = newValue }
    }

    @inlinable public var title: String {
        _read { yield storage.title }
        set { uniqueStorage().title = newValue }
    }

    @inlinable public var impacts: [ComponentImpact] {
        _read { yield storage.impacts }
        set { uniqueStorage().impacts = newValue }
    }

    /// The share of users affected, in percent.
    @inlinable public var affectedPercent: Double? {
        _read { yield storage.affectedPercent }
        set { uniqueStorage().affectedPercent = newValue }
    }

    /// The severity the file declares, which wins over the computed one.
    @inlinable public var declaredSeverity: Severity? {
        _read { yield storage.declaredSeverity }
        set { uniqueStorage().declaredSeverity = newValue }
    }

    /// `started:` from the front matter.
    @inlinable public var started: Date? {
        _read { yield storage.started }
        set { uniqueStorage().started = newValue }
    }

    /// `ended:` from the front matter.
    @inlinable public var ended: Date? {
        _read { yield storage.ended }
        set { uniqueStorage().ended = newValue }
    }

    @inlinable public var scheduledStart: Date? {
        _read { yield storage.scheduledStart }
        set { uniqueStorage().scheduledStart = newValue }
    }

    @inlinable public var scheduledEnd: Date? {
        _read { yield storage.scheduledEnd }
        set { uniqueStorage().scheduledEnd = newValue }
    }

    /// A notice's `until:`: when it stops being shown on the home page.
    @inlinable public var until: Date? {
        _read { yield storage.until }
        set { uniqueStorage().until = newValue }
    }

    /// A notice's `pinned: true`: shown on the home page for as long as it says so.
    @inlinable public var isPinned: Bool {
        _read { yield storage.isPinned }
        set { uniqueStorage().isPinned = newValue }
    }

    /// `aliases:`: the site-relative paths the incident was published at before (`/issues/db-outage/`), each
    /// where it was written. Each gets a redirect to the incident's page.
    @inlinable public var aliases: [Located<String>] {
        _read { yield storage.aliases }
        set { uniqueStorage().aliases = newValue }
    }

    /// The Markdown before the first update.
    @inlinable public var summaryMarkdown: String {
        _read { yield storage.summaryMarkdown }
        set { uniqueStorage().summaryMarkdown = newValue }
    }

    @inlinable public var summaryHTML: String {
        _read { yield storage.summaryHTML }
        set { uniqueStorage().summaryHTML = newValue }
    }

    /// The updates, oldest first, whatever order the file uses.
    @inlinable public var updates: [IncidentUpdate] {
        _read { yield storage.updates }
        set { uniqueStorage().updates = newValue }
    }

    @inlinable public var postmortem: Postmortem? {
        _read { yield storage.postmortem }
        set { uniqueStorage().postmortem = newValue }
    }

    /// Whether the file lists its updates newest first (commands that append keep the file's order).
    @inlinable public var isNewestFirst: Bool {
        _read { yield storage.isNewestFirst }
        set { uniqueStorage().isNewestFirst = newValue }
    }

    /// Where each front-matter key's value is, by key.
    @inlinable public var fieldLocations: [String: SourceLocation] {
        _read { yield storage.fieldLocations }
        set { uniqueStorage().fieldLocations = newValue }
    }

    public var id: String { slug }

    public init(
        slug: String, path: String, kind: IncidentKind, title: String, impacts: [ComponentImpact] = [],
        affectedPercent: Double? = nil, declaredSeverity: Severity? = nil, started: Date? = nil, ended: Date? = nil,
        scheduledStart: Date? = nil, scheduledEnd: Date? = nil, until: Date? = nil, isPinned: Bool = false,
        aliases: [Located<String>] = [], summaryMarkdown: String = "", summaryHTML: String = "", updates: [IncidentUpdate] = [],
        postmortem: Postmortem? = nil, isNewestFirst: Bool = false, fieldLocations: [String: SourceLocation] = [:]
    ) {
        storage = Storage(
            slug: slug, path: path, kind: kind, title: title, impacts: impacts, affectedPercent: affectedPercent,
            declaredSeverity: declaredSeverity, started: started, ended: ended, scheduledStart: scheduledStart,
            scheduledEnd: scheduledEnd, until: until, isPinned: isPinned, aliases: aliases,
            summaryMarkdown: summaryMarkdown, summaryHTML: summaryHTML, updates: updates, postmortem: postmortem, isNewestFirst: isNewestFirst,
            fieldLocations: fieldLocations
        )
    }

    /// The box, copied first when another incident shares it.
    @usableFromInline
    mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public static func == (lhs: Incident, rhs: Incident) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.slug == rhs.slug
            && lhs.path == rhs.path
            && lhs.kind == rhs.kind
            && lhs.title == rhs.title
            && lhs.impacts == rhs.impacts
            && lhs.affectedPercent == rhs.affectedPercent
            && lhs.declaredSeverity == rhs.declaredSeverity
            && lhs.started == rhs.started
            && lhs.ended == rhs.ended
            && lhs.scheduledStart == rhs.scheduledStart
            && lhs.scheduledEnd == rhs.scheduledEnd
            && lhs.until == rhs.until
            && lhs.isPinned == rhs.isPinned
            && lhs.aliases == rhs.aliases
            && lhs.summaryMarkdown == rhs.summaryMarkdown
            && lhs.summaryHTML == rhs.summaryHTML
            && lhs.updates == rhs.updates
            && lhs.postmortem == rhs.postmortem
            && lhs.isNewestFirst == rhs.isNewestFirst
            && lhs.fieldLocations == rhs.fieldLocations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(slug)
        hasher.combine(path)
        hasher.combine(kind)
        hasher.combine(title)
        hasher.combine(impacts)
        hasher.combine(affectedPercent)
        hasher.combine(declaredSeverity)
        hasher.combine(started)
        hasher.combine(ended)
        hasher.combine(scheduledStart)
        hasher.combine(scheduledEnd)
        hasher.combine(until)
        hasher.combine(isPinned)
        hasher.combine(aliases)
        hasher.combine(summaryMarkdown)
        hasher.combine(summaryHTML)
        hasher.combine(updates)
        hasher.combine(postmortem)
        hasher.combine(isNewestFirst)
        hasher.combine(fieldLocations)
    }
}

extension Incident {
    /// The date a file's name starts with (`2025-07-16-api.md` → 2025-07-16), as written: it may not be a valid
    /// day. `nil` when the name does not start with `YYYY-MM-DD`.
    public static func fileNameDate(forPath path: String) -> CivilDate? {
        let utf8 = path.utf8
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        // Read over bytes: every incident's path is looked at on every build.
        var (year, month, day) = (0, 0, 0)
        var count = 0
        for byte in utf8[nameStart...].prefix(10) {
            defer { count += 1 }
            if count == 4 || count == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if count < 4 { year = year * 10 + digit } else if count < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard count == 10 else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The slug for a file path: its name without `.md` (and without folders), as a slug.
    public static func slug(forPath path: String) -> String {
        if path.isASCII {
            // Cut where the bytes say, without breaking the path into characters: every incident file's slug is
            // made on every build.
            let bytes = path.utf8
            let start = bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
            var stem = bytes[start...]
            if stem.count >= 3, stem.suffix(3).elementsEqual(".md".utf8) { stem = stem.dropLast(3) }
            return Slug.make(from: String(decoding: stem, as: UTF8.self))
        }
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name)
        return Slug.make(from: stem)
    }
}
