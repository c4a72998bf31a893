# A class whose method returns a generator that closes over self and a local counter.
class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def shuffle_free_cycle(self, rounds):
        played = 0

        def play():
            nonlocal played
            for _ in range(rounds):
                for song in self.songs:
                    played += 1
                    yield f"{played}. {song}"

        return play()


for line in Playlist(["one", "two"]).shuffle_free_cycle(2):
    print(line)
