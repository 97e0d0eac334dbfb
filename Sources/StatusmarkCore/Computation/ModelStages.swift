public import Foundation

/// How the per-file stages of ``StatusModelBuilder`` are run over a site's files: each is given the stage as a
/// function, and the inputs to run it on, and returns its outputs in the same order. ``direct`` runs the stage on
/// every input; a caller that remembers earlier outputs (the preview's memo, in StatusmarkSite) may return
/// those for inputs it has seen, and run the stage on the others. Either way the stage itself is the same pure
/// function, so the model does not depend on which ran.
public struct ModelStages: Sendable {
    public typealias Parse = @Sendable (SourceFile) -> ParsedIncidentFile
    public typealias Compute = @Sendable (Incident) -> ComputedIncident

    /// Runs `parse` over the files (in path order), given the configuration the parser was made with.
    public var parse: @Sendable (_ files: [SourceFile], _ configuration: SiteConfiguration, _ parse: @escaping Parse) async
        -> [ParsedIncidentFile]
    /// Runs `compute` over the parsed incidents, given what they are computed for.
    public var compute: @Sendable (
        _ incidents: [Incident], _ configuration: SiteConfiguration, _ now: Date, _ compute: @escaping Compute
    ) async -> [ComputedIncident]

    /// Runs the check across files that depends on their paths only (two files whose names give one page),
    /// given the paths, in order.
    public var checkPaths: @Sendable (_ paths: [String], _ check: () -> [Diagnostic]) -> [Diagnostic]

    /// Reads the theme's translation files for the site's language (``TranslationSources/resolve(_:)``).
    public var translate: @Sendable (_ sources: TranslationSources, _ language: Located<String>)
        -> (translation: Translation?, diagnostics: [Diagnostic])

    public init(
        parse: @escaping @Sendable ([SourceFile], SiteConfiguration, @escaping Parse) async -> [ParsedIncidentFile],
        compute: @escaping @Sendable ([Incident], SiteConfiguration, Date, @escaping Compute) async -> [ComputedIncident],
        checkPaths: @escaping @Sendable ([String], () -> [Diagnostic]) -> [Diagnostic],
        translate: @escaping @Sendable (TranslationSources, Located<String>) -> (translation: Translation?, diagnostics: [Diagnostic]) = {
            $0.resolve($1)
        }
    ) {
        self.parse = parse
        self.compute = compute
        self.checkPaths = checkPaths
        self.translate = translate
    }

    /// Every stage run on every input: files parsed and incidents computed on every core.
    public static let direct = ModelStages(
        parse: { files, _, parse in await files.concurrentMap(batch: 8, parse) },
        compute: { incidents, _, _, compute in await incidents.concurrentMap(batch: 64, compute) },
        checkPaths: { _, check in check() })
}
