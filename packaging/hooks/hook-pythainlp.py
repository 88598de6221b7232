"""SealDesk's hook for pythainlp, used instead of the contrib hook that ships all 60 MB of
its corpus: the app only segments words with ``newmm`` (vendored in sealdesk/thaiwords/),
which reads the Thai word list (words_th.txt); pythainlp's package, named in the spec's hidden
imports, reads the stop words on import. The corpus licence travels with them."""

from PyInstaller.utils.hooks import collect_data_files

_NEEDED = ("words_th.txt", "stopwords_th.txt", "default_db.json", "corpus_license.md")

datas = [
    (src, dest)
    for src, dest in collect_data_files("pythainlp")
    if src.replace("\\", "/").rsplit("/", 1)[-1] in _NEEDED
]
