# The two commands of the README. Each installs what it needs, then works.
SOURCE ?= seeds
OUTPUT ?= public
# The search indexer installed by scripts/install-deps.sh (see README, "Search").
export DOSSIER_PAGEFIND ?= $(CURDIR)/.tools/bin/pagefind

# The size and number of runs of `make bench` (see README, "Benchmarks").
N ?= 1000
RUNS ?= 5

.PHONY: site test build clean bench

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
	python3 -m unittest discover -s Tests/Benchmarks
	swift test

## Time clean builds and a rebuild on a generated dossier of N articles, in turn with Hugo.
bench:
	Benchmarks/bench.sh $(N) $(RUNS)

clean:
	rm -rf .build $(OUTPUT)
