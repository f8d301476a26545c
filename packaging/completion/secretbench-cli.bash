# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for secretbench-cli. Commands and options are read from the
# installed program's own --help, so this never falls out of date.
_secretbench_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local program=${words[0]}

    # "  payload build     Summary" -> "payload build"
    local names
    names=$("$program" --help 2>/dev/null | awk '/^Commands:/ { on = 1; next } on && NF == 0 { exit }
        on { sub(/^  /, ""); split($0, parts, /  +/); print parts[1] }')

    # The command typed so far: the longest known name the words start with.
    local typed="" command="" i
    for ((i = 1; i < cword; i++)); do
        [[ ${words[i]} == -* ]] && break
        typed="${typed:+$typed }${words[i]}"
        if grep -qx -- "$typed" <<<"$names"; then
            command=$typed
        fi
    done

    if [[ -z $command ]]; then
        # Next word of a (possibly multi-word) command name.
        local depth=0 candidates
        [[ -n $typed ]] && depth=$(wc -w <<<"$typed")
        candidates=$(awk -v typed="$typed" -v depth="$depth" '{
            n = split($0, w, " "); prefix = ""
            for (j = 1; j <= depth; j++) prefix = prefix (j > 1 ? " " : "") w[j]
            if (prefix == typed && n > depth) print w[depth + 1] }' <<<"$names" | sort -u)
        [[ $depth -eq 0 ]] && candidates="$candidates --help --version"
        COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
        return
    fi

    case $prev in
        --*-file | --*-key | --*-out | --vault | --definition | --values)
            COMPREPLY=($(compgen -f -- "$cur"))
            return
            ;;
    esac
    local options
    # shellcheck disable=SC2086
    options=$("$program" $command --help 2>/dev/null | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
}
complete -o default -F _secretbench_cli secretbench-cli
