extension Diagnostic {
    /// Every diagnostic's stable identifier, printed in brackets (`[yaml-syntax]`) and in `--format json`.
    ///
    /// The raw values are a contract with users and scripts: add cases, don't rename them.
    /// docs/diagnostics.md lists them, checked against this enum by a test.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        // The source folder and its files.

        /// The source folder does not exist.
        case sourceMissing = "source-missing"
        /// The source is a file, not a folder.
        case sourceNotFolder = "source-not-folder"
        /// The source folder, or one of its subfolders, cannot be listed.
        case sourceUnreadable = "source-unreadable"
        /// The source folder has no dossier.yml.
        case configMissing = "config-missing"
        /// A file or folder dossier does not read: a wrong extension, a nested folder, a misspelt source folder (an error if the one meant is missing).
        case unexpectedFile = "unexpected-file"
        /// A file cannot be read from the disk.
        case unreadableFile = "unreadable-file"
        /// A settings, sidecar, timeline or commentary file over its size limit; it is not read.
        case fileTooLarge = "file-too-large"
        /// A file's bytes cannot be decoded as text.
        case undecodableFile = "undecodable-file"
        /// A file name is not a valid id, or an id field holds an invalid id.
        case badID = "bad-id"
        /// Two source files share an id, or a rendered page has the same HTML id twice.
        case duplicateID = "duplicate-id"
        /// Two sources would be written to the same output file.
        case outputCollision = "output-collision"
        /// A link in the source folder leads back to itself.
        case linkLoop = "link-loop"
        /// A link in the source folder points to nothing.
        case danglingLink = "dangling-link"
        /// A link where a file is expected points to a folder.
        case folderLink = "folder-link"
        /// A link in the source folder points outside it, so it is not read.
        case linkOutsideSource = "link-outside-source"
        /// The build cache's place in the source folder (`.dossier`) is a link or a file, not a folder.
        case cacheNotFolder = "cache-not-folder"

        // Front matter, sidecars and YAML.

        /// A Markdown file has no front matter.
        case frontMatterMissing = "front-matter-missing"
        /// A Markdown file's front matter is opened but never closed.
        case frontMatterUnclosed = "front-matter-unclosed"
        /// YAML that cannot be parsed.
        case yamlSyntax = "yaml-syntax"
        /// YAML that should be a mapping of `key: value` lines is something else.
        case yamlNotMapping = "yaml-not-mapping"
        /// A YAML key that is not a plain word.
        case yamlBadKey = "yaml-bad-key"
        /// A YAML key written twice in one mapping.
        case duplicateKey = "duplicate-key"
        /// A key the file does not take.
        case unknownKey = "unknown-key"
        /// A required key is absent.
        case missingKey = "missing-key"
        /// A key's value has the wrong shape (a list for text, text for a list…).
        case wrongType = "wrong-type"
        /// A key's value has the right shape but is not one of the allowed values.
        case badValue = "bad-value"
        /// A name or title (`title`, `subtitle`, `name`, `outlet_name`) longer than a name is: it is
        /// shown whole wherever its article, actor, topic or outlet is listed.
        case nameTooLong = "name-too-long"
        /// A date that is not an ISO date, or with a year out of range (published 1800–2199, timeline 1–2199).
        case badDate = "bad-date"
        /// A language that is not a BCP 47 tag.
        case badLanguage = "bad-language"
        /// A web address that is not absolute http(s) with a host.
        case badURL = "bad-url"

        // Articles.

        /// An article file over the size limit; it is skipped.
        case articleTooLarge = "article-too-large"
        /// An article line over the length limit; the article is skipped.
        case lineTooLong = "line-too-long"
        /// An article with no body paragraphs left after removing page furniture.
        case articleEmpty = "article-empty"
        /// An article file with the same bytes as another: the story would be shown twice.
        case duplicateArticle = "duplicate-article"
        /// A sidecar without its article.
        case orphanSidecar = "orphan-sidecar"
        /// An article with both front matter and a sidecar; the sidecar wins.
        case sidecarConflict = "sidecar-conflict"
        /// A sidecar correction of the body/furniture split that changes nothing.
        case correctionRedundant = "correction-redundant"
        /// A sidecar correction of the body/furniture split that matches no paragraph.
        case correctionUnmatched = "correction-unmatched"
        /// A paragraph named by a sidecar's `furniture:` and by its `body:`; neither is applied.
        case correctionConflict = "correction-conflict"
        /// A title made from the lead that no editor has confirmed.
        case titleUnconfirmed = "title-unconfirmed"
        /// An article whose language cannot be told; it is marked `und`.
        case languageUndetermined = "language-undetermined"
        /// A sidecar's `language` written in the other direction than the language of the text.
        case languageContradicted = "language-contradicted"
        /// An outlet named in the article that gives no id: no Latin name, and no Arabic one short enough to spell in ASCII.
        case outletWithoutID = "outlet-without-id"
        /// An outlet id with no outlet file and no `outlet_name`.
        case outletUnnamed = "outlet-unnamed"
        /// A sidecar's `outlet_name` that another sidecar or the outlet's file contradicts; it is not used.
        case outletNameConflict = "outlet-name-conflict"
        /// A date that looks like the copied page's clock (or one above the headline whose weekday the lead contradicts) was not taken as the publication date.
        case dateClockIgnored = "date-clock-ignored"
        /// The publication date was read from what may be the copied page's clock.
        case dateFromClock = "date-from-clock"
        /// The publication date lies after today.
        case dateInFuture = "date-in-future"
        /// An article with no publication date, none found in its text and none in its sidecar (`published: unknown` says none is known, and silences it).
        case dateMissing = "date-missing"
        /// A numeric publication date whose day and month could be swapped was read month first,
        /// the only reading a weekday the article names fits.
        case dateOrderFromWeekday = "date-order-from-weekday"
        /// A relative day (yesterday, last Sunday) whose weekday disagrees with the article's date.
        case relativeDayMismatch = "relative-day-mismatch"
        /// `dossier.yml` still has the title, subtitle or description `dossier init` wrote, once the dossier has an article of its own.
        case starterTextLeft = "starter-text-left"
        /// A new article is probably the same story as one already in the dossier.
        case nearDuplicate = "near-duplicate"

        // Actor aliases (the gazetteer lint).

        /// An alias with no letters or digits; it can never match.
        case aliasEmpty = "alias-empty"
        /// A one-word alias of two letters or fewer; it is dropped.
        case aliasTooShort = "alias-too-short"
        /// A one-word alias of three letters, likely to hit ordinary words.
        case aliasShort = "alias-short"
        /// An alias that is a function word.
        case aliasStopword = "alias-stopword"
        /// An alias that folds onto a different common word.
        case aliasFoldsOntoCommonWord = "alias-folds-onto-common-word"
        /// An alias listed by two actors, strong for at least one.
        case aliasShared = "alias-shared"
        /// A weak alias that is a word of another person's name, and that person does not list it.
        case aliasInOtherName = "alias-in-other-name"

        // Notes and the timeline.

        /// A note pinned to an article that is not in the dossier.
        case noteArticleUnknown = "note-article-unknown"
        /// A note naming an actor that is not in actors/.
        case noteActorUnknown = "note-actor-unknown"
        /// A note naming a topic that is not in topics/.
        case noteTopicUnknown = "note-topic-unknown"
        /// A note's quote is not in its article.
        case noteUnanchored = "note-unanchored"
        /// A note's quote occurs several times in its article with equally good context.
        case noteQuoteAmbiguous = "note-quote-ambiguous"
        /// A note's quote only matched its article after normalisation or approximately.
        case noteQuoteChanged = "note-quote-changed"
        /// A note whose text is so long that the pages showing its card grow by it.
        case noteTooLong = "note-too-long"
        /// A timeline event that rests on no passage.
        case timelineSourceMissing = "timeline-source-missing"
        /// A timeline event citing an article that is not in the dossier.
        case timelineArticleUnknown = "timeline-article-unknown"
        /// A timeline event naming an actor that is not in actors/.
        case timelineActorUnknown = "timeline-actor-unknown"
        /// A timeline event naming a topic that is not in topics/.
        case timelineTopicUnknown = "timeline-topic-unknown"
        /// A timeline event's quote is not in its article.
        case timelineUnanchored = "timeline-unanchored"
        /// A timeline event's quote occurs several times in its article with equally good context.
        case timelineQuoteAmbiguous = "timeline-quote-ambiguous"
        /// A timeline event's quote only matched its article after normalisation or approximately.
        case timelineQuoteChanged = "timeline-quote-changed"

        // Commentary Markdown and links.

        /// Raw HTML in Markdown, which is not copied to the site.
        case markdownRawHTML = "markdown-raw-html"
        /// A Markdown link to a path inside the site, which breaks on some pages.
        case markdownRelativeLink = "markdown-relative-link"
        /// A link or image whose scheme is not allowed; it is dropped.
        case unsafeLink = "unsafe-link"
        /// A cross-reference link naming an actor, topic, article, outlet or note that is not in the dossier.
        case xrefUnresolved = "xref-unresolved"
        /// A cross-reference link whose `#fragment` names nothing on its target; once, at its line, however many pages show it.
        case xrefFragmentUnknown = "xref-fragment-unknown"

        // The rendered site.

        /// A link in the site that starts with `/`.
        case rootRelativeLink = "root-relative-link"
        /// A link in the site to a page it does not have.
        case brokenLink = "broken-link"
        /// A link in the site to an id its target page does not have.
        case brokenAnchor = "broken-anchor"
        /// The search indexer (Pagefind) cannot be found.
        case searchIndexerMissing = "search-indexer-missing"
        /// The search indexer (Pagefind) failed.
        case searchIndexerFailed = "search-indexer-failed"

        // Templates, the output folder and the system.

        /// A template cannot be read or parsed, includes itself, or names a partial the templates folder lacks.
        case templateError = "template-error"
        /// The base template never shows the page's content, or its `<html>` has no `lang` or `dir`;
        /// a template names a value no page has (a misspelt `{{titel}}` shows nothing).
        case templateCheck = "template-check"
        /// The output folder cannot be used or written: it overlaps the source, holds files dossier did not write, another build is writing it, or the disk refused.
        case outputError = "output-error"
        /// The system refused to read, list or write a file or folder (permission, space, a missing folder).
        case fileError = "file-error"
        /// `new article`, `init` or `mentions` could not do its work.
        case commandError = "command-error"
        /// `serve` cannot listen on its address: the port is in use or privileged, or the host is not this machine's.
        case addressUnavailable = "address-unavailable"
        /// A bug in dossier: please report it with the command that showed it.
        case internalError = "internal-error"
    }
}
