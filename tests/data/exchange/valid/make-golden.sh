#!/usr/bin/env bash
# make-golden.sh RIAYA_CLI FOLDER — how the golden exchange files were made
#
# Kept so that the next golden files are made the same way. It never
# replaces a file: the golden files of this folder are kept for ever
# (README.md). Run it into an empty folder and copy only new files here.
#
# Four small databases, filled through riaya-cli with fixed dates, pass
# their files up the chain of exchange.md: a director's (one student
# house of Taounate, its register, a grant and two visits) exports its
# year without and with the register; a delegate of Taounate imports the
# latter, adds an institution of its own and exports the province; the
# Entraide Nationale imports that, adds an institution elsewhere and
# exports the country. SOURCE_DATE_EPOCH fixes the files' creation
# instant. Every name and number in them is made up.
#
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

cli=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export HOME=$work/home XDG_DATA_HOME=$work/home/data LC_ALL=C.UTF-8 LANGUAGE=en
export SOURCE_DATE_EPOCH=1767225600   # 2026-01-01T00:00:00Z
mkdir -p "$HOME" "$out"

for name in director director-register delegate national; do
  if [ -e "$out/$name.xml" ]; then
    echo "make-golden: $out/$name.xml exists: golden files are never made again" >&2
    exit 1
  fi
done

d () { "$cli" --db "$work/director.db" "$@"; }
p () { "$cli" --db "$work/delegate.db" "$@"; }
n () { "$cli" --db "$work/national.db" "$@"; }

# --- the director's database ---------------------------------------------
d init --profile director >/dev/null
d institution add --licence GOLD-1 --licence-date 2018-09-01 --legal-basis 65.15 \
  --type student-house --name-ar 'دار الطالبة تاونات' --name-fr 'Dar Taliba Taounate' \
  --province 03.531 --commune 'Taounate' --founder 'Association Nour pour la scolarisation' \
  --director 'Samira Alaoui' --address $'12, rue des Écoles\nTaounate' --phone '0535 620000' \
  --service accommodation --service meals --service educational-follow-up \
  --staff educator:2 --staff director:1 --staff kitchen:1 \
  --capacity pupil:f:40 --capacity pupil:m:3 >/dev/null
d capacity set GOLD-1 pupil:f:45 --effective 2024-09-01 >/dev/null
d licence event GOLD-1 --kind modified --date 2024-09-01 --note 'Extension du dortoir des filles' >/dev/null

# The register: girls and boys, one over the boys' three places (confirmed),
# two exits. No transfer: a stay transferred to an institution outside
# the file cannot come back from a database that never held it.
admit () { d resident admit GOLD-1 "$@"; }
r1=$(admit --category pupil --sex f --birth-date 2010-04-02 --admitted 2023-09-10 --referral family \
  --first-name 'Fatima' --last-name 'Bennani' --birth-place 'Tissa' --cnie 'ZT123456' \
  --family-status 'Orpheline de père' --health-status 'Asthme léger' \
  --guardian-name 'Khadija Bennani' --guardian-cnie 'ZT654321' --guardian-address 'Douar Ouled Ali, Tissa' \
  --guardian-phone '0661 000001' --guardian-occupation 'Agricultrice' --guardian-situation 'Veuve')
r2=$(admit --category pupil --sex f --birth-date 2011-01-20 --admitted 2024-09-08 --referral local-authority \
  --first-name 'سلمى' --last-name 'الإدريسي')
r3=$(admit --category pupil --sex f --birth-date 2009-11-30 --admitted 2025-09-07 --referral entraide-nationale \
  --first-name 'Noura')
b4=$(admit --category pupil --sex m --birth-date 2009-05-05 --admitted 2023-09-10 --first-name 'Omar')
b1=$(admit --category pupil --sex m --birth-date 2010-02-14 --admitted 2024-09-08 --first-name 'Youssef')
b2=$(admit --category pupil --sex m --birth-date 2011-06-01 --admitted 2024-09-08 --first-name 'Hamza')
d resident exit "$b4" --date 2025-06-30 --reason family >/dev/null
d resident exit "$r2" --date 2025-07-15 --reason other >/dev/null
b3=$(admit --category pupil --sex m --birth-date 2012-03-03 --admitted 2025-09-07 --first-name 'Anas')
b5=$(admit --category pupil --sex m --birth-date 2012-08-19 --admitted 2025-09-07 --allow-over-capacity \
  --first-name 'كريم')
: "$r1" "$r3" "$b1" "$b2" "$b3" "$b5"

# A grant of 2025 with two tranches, one paid; its justification received
# and rejected.
d grant add GOLD-1 --year 2025 --amount 60000.00 --kind running-costs --basis 'Forfait par élève' \
  --decided 2025-02-10 --convention 'CONV-2025-031' --convention-date 2025-02-20 \
  --tranche 2025-03-01:30000.00:2025-03-12 --tranche 2025-10-01:30000.00 >/dev/null
d grant justify GOLD-1:2025 --due 2026-01-31 --received 2026-01-20 >/dev/null
d grant justify GOLD-1:2025 --rejected 2026-02-03 --reason 'Factures des repas manquantes' >/dev/null

# A visit with a warning and an action, and its follow-up.
v1=$(d inspection plan GOLD-1 --date 2025-03-10 --kind programmed \
  --committee 'Ahmed Tazi — Délégation de l’Entraide Nationale' --committee 'Leila Fassi — Santé' --invited 5)
d inspection record "$v1" --done 2025-03-10 --present 4 --decision warning --deadline 2025-06-10 \
  --finding 'Extincteurs absents du dortoir des garçons.' --finding 'Registre tenu à jour.' \
  --action 'Installer deux extincteurs:2025-05-01' \
  --check safety:not-compliant:'Pas d’extincteur' --check register:compliant >/dev/null
v2=$(d inspection plan GOLD-1 --date 2025-06-16 --kind follow-up --follows "$v1" --invited 3)
d inspection record "$v2" --done 2025-06-16 --present 3 --decision none \
  --finding 'Extincteurs installés.' >/dev/null

d export --institution GOLD-1 --year 2025 -o "$work/director.xml" >/dev/null
d export --institution GOLD-1 --year 2025 --with-register -o "$work/director-register.xml" >/dev/null 2>&1

# --- the delegate of Taounate ---------------------------------------------
p init --profile delegate --province 03.531 >/dev/null
p import "$work/director.xml" >/dev/null
p institution add --licence GOLD-3 --licence-date 2012-05-01 --legal-basis 14.05 --type elderly \
  --name-ar 'دار المسنين تاونات' --province 03.531 --commune 'Taounate' \
  --staff carer:3 --capacity elderly:m:15 --capacity elderly:f:15 >/dev/null
p licence event GOLD-3 --kind reprimand --date 2025-04-02 --deadline 2025-07-02 --note 'Décision 17/2025' >/dev/null
p grant add GOLD-3 --year 2025 --amount 45000.00 --kind equipment --decided 2025-03-01 \
  --tranche 2025-04-01:45000.00:2025-04-20 >/dev/null
p grant justify GOLD-3:2025 --due 2025-12-31 --received 2025-12-15 --approved 2026-01-10 >/dev/null
v3=$(p inspection plan GOLD-3 --date 2025-11-04 --kind unannounced --invited 4)
p inspection record "$v3" --done 2025-11-04 --present 2 >/dev/null
p export --province 03.531 --year 2025 -o "$work/delegate.xml" >/dev/null

# --- the Entraide Nationale --------------------------------------------------
n init --profile national >/dev/null
n import "$work/delegate.xml" >/dev/null
n institution add --licence GOLD-4 --licence-date 2021-06-01 --legal-basis 65.15 --type kafala \
  --name-ar 'دار الكفالة خريبكة' --name-fr 'Maison de la kafala de Khouribga' --province 05.311 \
  --capacity abandoned-child:any:12 >/dev/null
n licence event GOLD-4 --kind suspended --date 2025-02-01 --deadline 2025-05-01 --note 'Locaux insalubres' >/dev/null
n licence event GOLD-4 --kind reopened --date 2025-05-02 >/dev/null
n export --all --year 2025 -o "$work/national.xml" >/dev/null

for name in director director-register delegate national; do
  cp "$work/$name.xml" "$out/$name.xml"
  "$cli" validate "$out/$name.xml"
done
