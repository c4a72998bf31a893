ﬁ = ℌ + ｘ
def ｆ(ａ, *, 𝐛=1):
    return 𝐏.ｙ(ａ=ａ)
import ｍａｔｈ as ｍ
class Ｃ(ｍ.ｍ): ｚ: ｉｎｔ = 0
