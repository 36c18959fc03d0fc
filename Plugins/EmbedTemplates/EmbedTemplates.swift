import Foundation
import PackagePlugin

/// Embeds the package's `Templates/` folder in the target it is applied to, as a generated
/// Swift source of every file's bytes, so that the `dossier` binary carries its default
/// templates and assets wherever it is copied (a resource bundle would stay behind on Linux).
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appendingPathComponent("Templates")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTemplates+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the Templates folder in \(target.name)",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [templates.path, output.path],
                // Every file is an input, so that editing, adding or removing one embeds again.
                inputFiles: Self.files(under: templates),
                outputFiles: [output])
        ]
    }

    /// Every regular file under `folder`, hidden ones aside (the embedder skips them too).
    private static func files(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files.append(url)
        }
        return files
    }
}
