# The two commands of the README. Each installs what it needs, then works.
SOURCE ?= seeds
OUTPUT ?= public
# The search indexer installed by scripts/install-deps.sh (see README, "Search").
export DOSSIER_PAGEFIND ?= $(CURDIR)/.tools/bin/pagefind

.PHONY: site test build clean

## Build the seed dossier into public/ (release build).
site:
	scripts/install-deps.sh site
	swift build -c release --product dossier
	.build/release/dossier build --source $(SOURCE) --output $(OUTPUT)

## Run every test.
test:
	scripts/install-deps.sh test
	swift format lint --strict -r Sources Tests Plugins Package.swift
	node --test Tests/JavaScript/
	swift build
	swift test

clean:
	rm -rf .build $(OUTPUT)
