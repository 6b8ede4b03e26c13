# Briefing Pack pronunciation lexicon (format: docs/narration.md).
#
# Words:   WORD  PHONES...      phones in FreeTTS's CMU set; "1" marks the stressed vowel.
#                               CMU dictionary notation (AA1 AH0) is accepted too.
# Say as:  TOKEN = WORDS        the token exactly as written (case matters) is read as WORDS.
#
# A narration run lists the words the voice had to guess by letter-to-sound rules; add the ones
# it gets wrong here (or in a file passed with the narration's lexicon option).

# --- Say as: abbreviations and acronyms --------------------------------------------------------
# Spelled letter by letter; written without dots so that FreeTTS makes no pause inside them.
U.S. = U S
U.S.A. = U S A
US = U S
U.N. = U N
UN = U N
U.K. = U K
UK = U K
E.U. = E U
EU = E U
AFP = A F P
BBC = B B C
CIA = C I A
FBI = F B I
# Said as words, not spelled.
NATO = Nato
TIME = Time
UNESCO = Unesco
OPEC = Opec
AIDS = aids

# --- People ------------------------------------------------------------------------------------
saddam        s ax d aa1 m
chalabi       ch ax l aa1 b iy
allawi        ax l aa1 w iy
ayad          ay1 y aa d
negroponte    n eh g r ow p aa1 n t iy
osama         ow s aa1 m ax

# --- Places and organisations ------------------------------------------------------------------
anbar         ae1 n b aa r
xinhua        sh ih1 n w aa
fallujah      f ax l uw1 jh ax
ramadi        r ax m aa1 d iy
najaf         n aa1 jh ae f
tikrit        t ih k r iy1 t
kirkuk        k ih r k uh1 k
mosul         m ow1 s ax l
basra         b aa1 s r ax
fpif          eh1 f p iy ay eh f

# --- Groups and movements ----------------------------------------------------------------------
baath         b aa1 th
baathist      b aa1 th ih s t
baathists     b aa1 th ih s t s
shiite        sh iy1 ay t
shiites       sh iy1 ay t s
sunnis        s uw1 n iy z
jihadist      jh ih hh aa1 d ih s t
jihadists     jh ih hh aa1 d ih s t s
saddamist     s ax d aa1 m ih s t
saddamists    s ax d aa1 m ih s t s
hezbollah     hh eh z b ax l aa1
taliban       t ae1 l ih b ae n

# --- Words the CMU dictionary lacks ------------------------------------------------------------
amnestied     ae1 m n ax s t iy d
