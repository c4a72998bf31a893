café = "naïve→"
π = café + "日本語"; ω = [π, café]
def größe(ä, *ö, ü=1):
    return f"{ä}→{ü!r:>{ö}}"
