// Every code Statusmark emits, grouped by the stage that finds it. docs/diagnostics.md documents each one, and
// `DiagnosticCatalogTests` fails when a code here is missing from that page.
extension DiagnosticCode {
    // MARK: - Files
    public static let fileUnreadable = DiagnosticCode("file.unreadable")
    public static let fileNotUTF8 = DiagnosticCode("file.not-utf8")
    public static let fileLinkOutsideSite = DiagnosticCode("file.link-outside-site")
    public static let fileLinkBroken = DiagnosticCode("file.link-broken")

    // MARK: - statusmark.yml
    public static let configYAMLSyntax = DiagnosticCode("config.yaml-syntax")
    public static let configUnknownKey = DiagnosticCode("config.unknown-key")
    public static let configMissingKey = DiagnosticCode("config.missing-key")
    public static let configInvalidValue = DiagnosticCode("config.invalid-value")
    public static let configDuplicateComponent = DiagnosticCode("config.duplicate-component")

    // MARK: - Front matter
    public static let frontMatterMissing = DiagnosticCode("frontmatter.missing")
    public static let frontMatterUnclosed = DiagnosticCode("frontmatter.unclosed")
    public static let frontMatterYAMLSyntax = DiagnosticCode("frontmatter.yaml-syntax")
    public static let frontMatterUnknownKey = DiagnosticCode("frontmatter.unknown-key")
    public static let frontMatterMissingKey = DiagnosticCode("frontmatter.missing-key")
    public static let frontMatterInvalidValue = DiagnosticCode("frontmatter.invalid-value")

    // MARK: - Update headings
    public static let updateUnknownStatus = DiagnosticCode("update.unknown-status")
    public static let updateWrongKind = DiagnosticCode("update.wrong-kind")
    public static let updateMissingTime = DiagnosticCode("update.missing-time")
    public static let updateOutOfOrder = DiagnosticCode("update.out-of-order")
    public static let updateAfterResolved = DiagnosticCode("update.after-resolved")
    public static let updateBeforeStart = DiagnosticCode("update.before-start")
    public static let updateLookalike = DiagnosticCode("update.lookalike")
    public static let updateInFuture = DiagnosticCode("update.in-future")
    public static let postmortemDuplicate = DiagnosticCode("postmortem.duplicate")

    // MARK: - Timestamps
    public static let timestampInvalid = DiagnosticCode("timestamp.invalid")
    public static let timestampInvalidDate = DiagnosticCode("timestamp.invalid-date")
    public static let timestampMeridiem = DiagnosticCode("timestamp.meridiem")
    public static let timestampMissingDate = DiagnosticCode("timestamp.missing-date")
    public static let timestampUnknownZone = DiagnosticCode("timestamp.unknown-zone")
    public static let timestampAmbiguousZone = DiagnosticCode("timestamp.ambiguous-zone")
    public static let timestampNonexistentLocalTime = DiagnosticCode("timestamp.nonexistent-local-time")
    public static let timestampAmbiguousLocalTime = DiagnosticCode("timestamp.ambiguous-local-time")

    // MARK: - Postmortem timeline
    public static let timelineInvalidEvent = DiagnosticCode("timeline.invalid-event")
    public static let timelineOutOfOrder = DiagnosticCode("timeline.out-of-order")
    public static let timelineEventBeforeStart = DiagnosticCode("timeline.before-start")

    // MARK: - Incidents
    public static let incidentNoUpdates = DiagnosticCode("incident.no-updates")
    public static let incidentUnknownComponent = DiagnosticCode("incident.unknown-component")
    public static let incidentDuplicateComponent = DiagnosticCode("incident.duplicate-component")
    public static let incidentDuplicateSlug = DiagnosticCode("incident.duplicate-slug")
    public static let incidentFileNameSlug = DiagnosticCode("incident.file-name-slug")
    public static let incidentEndBeforeStart = DiagnosticCode("incident.end-before-start")
    public static let incidentFileNameDate = DiagnosticCode("incident.file-name-date")
    public static let incidentSeverityBelowComputed = DiagnosticCode("incident.severity-below-computed")
    public static let incidentAliasInvalid = DiagnosticCode("incident.alias-invalid")
    public static let incidentAliasCollision = DiagnosticCode("incident.alias-collision")
    public static let maintenanceMissingSchedule = DiagnosticCode("maintenance.missing-schedule")
    public static let maintenanceScheduleOrder = DiagnosticCode("maintenance.schedule-order")
    public static let frontMatterKindMismatch = DiagnosticCode("frontmatter.kind-mismatch")

    // MARK: - Theme and output
    public static let templateSyntax = DiagnosticCode("template.syntax")
    public static let templateUnknownPartial = DiagnosticCode("template.unknown-partial")
    public static let templateUnknownValue = DiagnosticCode("template.unknown-value")
    public static let templateMissing = DiagnosticCode("template.missing")
    public static let templateRecursion = DiagnosticCode("template.recursion")
    public static let outputConflict = DiagnosticCode("output.conflict")
    public static let translationYAMLSyntax = DiagnosticCode("translation.yaml-syntax")
    public static let translationUnknownKey = DiagnosticCode("translation.unknown-key")
    public static let translationMissingKey = DiagnosticCode("translation.missing-key")
    public static let translationInvalidValue = DiagnosticCode("translation.invalid-value")
    public static let configUnknownLanguage = DiagnosticCode("config.unknown-language")
    public static let notifySecretUnnamed = DiagnosticCode("notify.secret-unnamed")

    /// Every code, in the order docs/diagnostics.md lists them.
    public static let all: [DiagnosticCode] = [
        .fileUnreadable, .fileNotUTF8, .fileLinkOutsideSite, .fileLinkBroken,
        .configYAMLSyntax, .configUnknownKey, .configMissingKey, .configInvalidValue, .configDuplicateComponent,
        .frontMatterMissing, .frontMatterUnclosed, .frontMatterYAMLSyntax, .frontMatterUnknownKey,
        .frontMatterMissingKey, .frontMatterInvalidValue,
        .updateUnknownStatus, .updateWrongKind, .updateMissingTime, .updateOutOfOrder, .updateAfterResolved,
        .updateBeforeStart, .updateInFuture, .updateLookalike, .postmortemDuplicate,
        .timestampInvalid, .timestampInvalidDate, .timestampMeridiem, .timestampMissingDate,
        .timestampUnknownZone, .timestampAmbiguousZone, .timestampNonexistentLocalTime,
        .timestampAmbiguousLocalTime,
        .timelineInvalidEvent, .timelineOutOfOrder, .timelineEventBeforeStart,
        .incidentNoUpdates, .incidentUnknownComponent, .incidentDuplicateComponent, .incidentDuplicateSlug,
        .incidentEndBeforeStart, .incidentFileNameDate, .incidentFileNameSlug, .incidentSeverityBelowComputed,
        .incidentAliasInvalid, .incidentAliasCollision,
        .maintenanceMissingSchedule, .maintenanceScheduleOrder, .frontMatterKindMismatch,
        .templateSyntax, .templateUnknownPartial, .templateUnknownValue, .templateMissing, .templateRecursion, .outputConflict,
        .translationYAMLSyntax, .translationUnknownKey, .translationMissingKey, .translationInvalidValue,
        .configUnknownLanguage, .notifySecretUnnamed,
    ]
}
