class Playlist:
    def __init__(self, songs=[]):
        self.songs = songs

    def add(self, song):
        self.songs.append(song)


first = Playlist()
first.add("one")
second = Playlist()
print(second.songs)
