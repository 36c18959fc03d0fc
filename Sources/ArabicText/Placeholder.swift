// Placeholder while the target is written; replaced by real sources.
