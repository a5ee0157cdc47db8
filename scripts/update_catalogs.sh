#!/usr/bin/env bash
# Refresh locale/<lang>/LC_MESSAGES/django.po from the sources.
#
# One catalog per language holds two kinds of strings:
#   1. our own, extracted from the project (site/, courses/, paralegal/, resources/);
#   2. the strings of Django, allauth and Wagtail that a visitor or learner can meet on the
#      front end (form errors, password rules, sign-in, two-step sign-in, sessions). Django
#      and allauth ship no complete km/fil/vi catalogs, so ours carry them; LOCALE_PATHS
#      take precedence over the packages' own catalogs.
# Merging never uses fuzzy matching: a fuzzy entry is not compiled and would show English.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
SITE_PACKAGES=$($PYTHON -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
LANGS=(km fil vi)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Our own strings.
# Extract into a throw-away "en" catalog so that no real catalog loses its third-party entries.
$PYTHON manage.py makemessages --locale=en --keep-pot \
  --ignore='.venv/*' --ignore='node_modules/*' --ignore='var/*' --ignore='tests/*' \
  --ignore='scripts/*' --no-location >/dev/null
mv locale/django.pot "$work/project.pot"
rm -rf locale/en

# 2. Third-party strings shown on the front end, taken from the packages' own English
#    catalogs (msgids only) and filtered by where they are used.
allauth_en="$SITE_PACKAGES/allauth/locale/en/LC_MESSAGES/django.po"
msggrep --no-location \
  --location='account/*.py' --location='account/internal/*' --location='core/*' \
  --location='mfa/*.py' --location='mfa/base/*' --location='mfa/totp/*' \
  --location='mfa/recovery_codes/*' --location='usersessions/*' \
  --location='templates/account/*' --location='templates/mfa/*' \
  --location='templates/usersessions/*' --location='templates/allauth/*' \
  "$allauth_en" -o "$work/allauth.po"
msggrep --no-location --location='templates/*/webauthn/*' --invert-match \
  "$work/allauth.po" -o "$work/allauth-no-webauthn.po" 2>/dev/null \
  || cp "$work/allauth.po" "$work/allauth-no-webauthn.po"

django_en="$SITE_PACKAGES/django/conf/locale/en/LC_MESSAGES/django.po"
msggrep --no-location \
  --location='forms/*' --location='core/validators.py' --location='db/models/fields/__init__.py' \
  "$django_en" -o "$work/django.po"
auth_en="$SITE_PACKAGES/django/contrib/auth/locale/en/LC_MESSAGES/django.po"
msggrep --no-location \
  --location='contrib/auth/models.py' --location='contrib/auth/password_validation.py' \
  --location='contrib/auth/validators.py' --location='contrib/auth/base_user.py' \
  "$auth_en" -o "$work/auth.po"

humanize_en="$SITE_PACKAGES/django/contrib/humanize/locale/en/LC_MESSAGES/django.po"
msgcat --no-location "$humanize_en" -o "$work/humanize.po"

# Only the msgids of these matter: msgmerge takes nothing else from its reference file.
msgcat --use-first --no-location "$work/project.pot" "$work/allauth-no-webauthn.po" \
  "$work/django.po" "$work/auth.po" "$work/humanize.po" -o "$work/all.pot"

# 3. Merge into each language's catalog.
for lang in "${LANGS[@]}"; do
  po="locale/$lang/LC_MESSAGES/django.po"
  mkdir -p "$(dirname "$po")"
  if [ ! -f "$po" ]; then
    msginit --no-translator --no-wrap --locale="$lang" -i "$work/all.pot" -o "$po" 2>/dev/null
  fi
  $PYTHON -c "import json,sys; sys.path.insert(0,'scripts'); import catalog_headers as c; print(json.dumps(c.draft_keys('$po')))" >"$work/drafts-$lang.json"
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-location --no-wrap \
    "$po" "$work/all.pot"
  msgattrib --no-obsolete --no-wrap -o "$po" "$po"
  $PYTHON scripts/catalog_headers.py "$po" "$lang" "$work/drafts-$lang.json"
done
echo "Catalogs updated. Check them with: make check-catalogs"
