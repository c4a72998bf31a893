class Playlist:
    def __init__(self, songs=[]):
        self.songs = list(songs)
        self.name = songs

    def add(self, song):
        self.songs.append(song)


first = Playlist()
first.add("one")
print(Playlist().songs)
