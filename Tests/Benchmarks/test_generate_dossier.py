"""Benchmarks/generate_dossier.py: deterministic, prefix-stable, and a dossier that builds cleanly.

Run by `make test` (after `swift build`) as `python3 -m unittest discover -s Tests/Benchmarks`.
The build uses DOSSIER_BIN when set, else the debug (or release) binary of this clone.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATOR = os.path.join(ROOT, "Benchmarks", "generate_dossier.py")


def generate(*arguments):
    subprocess.run([sys.executable, GENERATOR, *arguments], check=True, capture_output=True)


def tree(folder):
    """Every file under `folder` by relative path, with its bytes."""
    files = {}
    for directory, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = handle.read()
    return files


def dossier_binary():
    candidates = [os.environ.get("DOSSIER_BIN", "")] + [
        os.path.join(ROOT, ".build", kind, "dossier") for kind in ("debug", "release")
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


class GenerateDossierTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="dossier-generator-")
        self.addCleanup(shutil.rmtree, self.folder)

    def path(self, name):
        return os.path.join(self.folder, name)

    def test_same_seed_same_bytes_and_another_seed_other_articles(self):
        generate("--n", "6", "--dossier", self.path("a"), "--hugo", self.path("ha"))
        generate("--n", "6", "--dossier", self.path("b"), "--hugo", self.path("hb"))
        generate("--n", "6", "--seed", "2", "--dossier", self.path("c"))
        self.assertEqual(tree(self.path("a")), tree(self.path("b")))
        self.assertEqual(tree(self.path("ha")), tree(self.path("hb")))
        first, other = tree(self.path("a")), tree(self.path("c"))
        self.assertNotEqual(first["articles/000001.txt"], other["articles/000001.txt"])

    def test_adding_article_n_plus_one_gives_the_larger_dossier(self):
        generate("--n", "7", "--dossier", self.path("small"))
        before = tree(self.path("small"))
        generate("--first", "8", "--n", "1", "--dossier", self.path("small"))
        generate("--n", "8", "--dossier", self.path("large"))
        after, large = tree(self.path("small")), tree(self.path("large"))
        self.assertEqual(after, large)
        added = sorted(set(after) - set(before))
        self.assertIn("articles/000008.txt", added)
        self.assertTrue(all("000008" in path for path in added), added)
        self.assertEqual({path: after[path] for path in before}, before)

    def test_articles_have_the_shape_of_collected_news(self):
        generate("--n", "60", "--dossier", self.path("d"))
        files = tree(self.path("d"))
        texts = [files[p].decode("utf-8") for p in sorted(files) if p.endswith(".txt")]
        self.assertEqual(len(texts), 60)
        words = [len(text.split()) for text in texts]
        self.assertTrue(450 <= statistics.median(words) <= 950, statistics.median(words))
        paragraphs = [len(text.strip().split("\n\n")) for text in texts]
        self.assertGreaterEqual(min(paragraphs), 7)  # a headline and at least six paragraphs
        joined = "\n".join(texts)
        for furniture in ("اقرأ أيضا", "جميع الحقوق محفوظة ©", "نشر بتاريخ"):
            self.assertIn(furniture, joined)
        # Names with proclitics and in their other spellings.
        self.assertRegex(joined, r"\b(و|ب)(سليم|رانيا|كريم|يوسف|نبيل|طارق|منى|عادل|فادي|زينب|ماهر|غسان)")
        self.assertTrue(any(p.startswith("notes/") for p in files))
        self.assertIn("timeline.yml", files)
        # Stories: neighbouring articles often share a sentence word for word, distant ones seldom.
        sentences = [
            {s for s in re.split(r"(?<=\.) ", text.replace("\n\n", " ")) if len(s.split()) > 8} for text in texts
        ]
        neighbours = sum(1 for a, b in zip(sentences, sentences[1:]) if a & b)
        distant = sum(1 for a, b in zip(sentences, sentences[10:]) if a & b)
        self.assertGreaterEqual(neighbours, 20)
        self.assertLess(distant * 3, neighbours)

    @unittest.skipUnless(dossier_binary(), "no dossier binary: run swift build")
    def test_generated_dossier_builds_without_errors_or_warnings(self):
        generate("--n", "25", "--dossier", self.path("d"))  # with notes and a timeline event
        self.assertTrue(os.listdir(self.path("d/notes")))
        self.assertTrue(os.path.isfile(self.path("d/timeline.yml")))
        environment = dict(os.environ, DOSSIER_PAGEFIND="/nonexistent")
        result = subprocess.run(
            [dossier_binary(), "build", "--source", self.path("d"), "--output", self.path("site")],
            capture_output=True, text=True, env=environment)
        self.assertEqual(result.returncode, 0, result.stderr)
        warnings = [
            line for line in result.stderr.splitlines()
            if ("warning" in line or "error" in line) and "search-indexer" not in line and "0 errors" not in line
        ]
        self.assertEqual(warnings, [], result.stderr)
        for page in ("articles/000001/index.html", "actors/salim-haddad/index.html", "topics/dams/index.html"):
            self.assertTrue(os.path.isfile(self.path("site/" + page)), page)

    @unittest.skipUnless(shutil.which("hugo"), "hugo is not installed")
    def test_hugo_twin_builds(self):
        generate("--n", "12", "--hugo", self.path("h"))
        result = subprocess.run(
            ["hugo", "--source", self.path("h"), "--destination", self.path("out"), "--quiet"],
            capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.isfile(self.path("out/articles/000012/index.html")))
        self.assertTrue(os.path.isfile(self.path("out/actors/index.html")))
        with open(self.path("out/index.html"), encoding="utf-8") as handle:
            self.assertEqual(handle.read().count("/articles/0000"), 12)


if __name__ == "__main__":
    unittest.main()
