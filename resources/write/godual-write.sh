# GoDual's file writer: the one way GoDual changes files on a Linux side. It runs as
# `sh -c "$(this script)" godual-write MODE PATH EXPECT SIZE [PATH EXPECT SIZE]...`, locally for
# the local side and through one `wsl.exe -d NAME -u root --exec` call per distro, with every new
# content concatenated on stdin in argument order. Data arrives only as arguments and stdin,
# never inside this text.
#
#   MODE    check: refuse (exit 3, nothing written) when a target no longer holds EXPECT;
#           only: write only the targets that hold EXPECT and leave the others as they are
#           (recovery: a target GoDual never reached, or someone changed since, is not touched);
#           force: write whatever the targets hold now (rollback of a failed run);
#           clean: only remove GoDual's temporary files beside the targets (after a crash).
#   EXPECT  the sha256 of the bytes the target must hold, `absent`, or `any`.
#   SIZE    the new content's length in bytes, or -1 to delete the target.
#   PATH    a file, or alternative:NAME for update-alternatives' group NAME, whose "bytes" are its
#           state as one line, `auto VALUE` or `manual VALUE` (the mode dpkg records and where
#           /etc/alternatives/NAME points); it is changed with update-alternatives --set or --auto,
#           and its old state is kept in a private temporary folder, never beside dpkg's files.
#
# Each target is written as GoDual promises (contract, "The write path"): the new bytes go to a
# temporary file in the target's own folder, are synced, and replace the target by rename; a link
# is followed, so a dotfile kept as a link into a repository stays a link. All targets are
# staged before the first rename, and the old files are kept as hard links until every rename
# succeeded, so a failure restores every target it had replaced.
#
# Output: `written PATH`, `deleted PATH` or (only) `kept PATH` per target on stdout. Exit: 0 done, 3 a target changed
# (its path on stderr), 4 staging failed (nothing replaced), 5 a rename failed (all restored),
# 2 bad arguments.
set -u
mode=${1:-}
shift || exit 2
case $mode in check | only | force | clean) ;; *)
    echo "godual-write: unknown mode '$mode'" >&2
    exit 2
    ;;
esac
[ $(($# % 3)) -eq 0 ] || {
    echo "godual-write: arguments are PATH EXPECT SIZE triples" >&2
    exit 2
}
tag=.godual-tmp.$$
old=.godual-old.$$
if head --version 2>/dev/null | grep -q coreutils; then
    # GNU head reads no further than it writes, so the next file's bytes stay on stdin.
    take() { head -c "$1"; }
else
    take() { dd bs=1 count="$1" 2>/dev/null; }
fi

real_of() {
    real=$(readlink -f -- "$1" 2>/dev/null) || real=$1
    [ -n "$real" ] || real=$1
}

digest() {
    sha256sum <"$1" 2>/dev/null | cut -d' ' -f1
}

alt_state() {
    # The state line of update-alternatives' group $1; fails when the group does not exist.
    [ -L "/etc/alternatives/$1" ] && [ -f "/var/lib/dpkg/alternatives/$1" ] || return 1
    printf '%s %s\n' "$(head -n 1 "/var/lib/dpkg/alternatives/$1")" "$(readlink "/etc/alternatives/$1")"
}

alt_set() {
    # Puts group $1 into the state line held by file $2 (nothing to do when $2 is empty).
    line=
    IFS= read -r line <"$2" 2>/dev/null
    [ -n "$line" ] || return 0
    case $line in
    "manual "*) update-alternatives --set "$1" "${line#manual }" >/dev/null ;;
    "auto "*) update-alternatives --auto "$1" >/dev/null ;;
    *) echo "alternative:$1: not a state line: $line" >&2; return 1 ;;
    esac
}

alt_dir=
alt_stage_dir() {
    [ -n "$alt_dir" ] || alt_dir=$(mktemp -d) || return 1
}

remove_temporaries() {
    # $1: the target. GoDual's own leftovers of any earlier run beside it.
    real_of "$1"
    for f in "${real%/*}"/.godual-tmp.* "${real%/*}"/.godual-old.*; do
        [ -e "$f" ] && rm -f -- "$f"
    done
}

if [ "$mode" = clean ]; then
    while [ $# -gt 0 ]; do
        case $1 in alternative:*) ;; *) remove_temporaries "$1" ;; esac
        shift 3
    done
    exit 0
fi

# 1. Every target still holds what the plan was made from (check), or the ones that do not are
# left alone (only): their numbers go into $skip.
skip=" "
skipped() {
    case $skip in *" $1 "*) return 0 ;; esac
    return 1
}
if [ "$mode" = check ] || [ "$mode" = only ]; then
    changed=0
    i=0
    for arg in "$@"; do
        case $((i % 3)) in
        0) path=$arg ;;
        1)
            holds=1
            case $path in
            alternative:*)
                name=${path#alternative:}
                case $arg in
                any) ;;
                absent) alt_state "$name" >/dev/null && holds=0 ;;
                *) state=$(alt_state "$name") && [ "$(printf '%s\n' "$state" | sha256sum | cut -d' ' -f1)" = "$arg" ] ||
                    holds=0 ;;
                esac
                ;;
            *)
                real_of "$path"
                case $arg in
                any) ;;
                absent) [ -e "$real" ] && holds=0 ;;
                *) [ -f "$real" ] && [ "$(digest "$real")" = "$arg" ] || holds=0 ;;
                esac
                ;;
            esac
            if [ $holds -eq 0 ]; then
                if [ "$mode" = check ]; then
                    echo "$path" >&2
                    changed=1
                else
                    skip="$skip$((i / 3)) "
                fi
            fi
            ;;
        esac
        i=$((i + 1))
    done
    [ $changed -eq 0 ] || exit 3
fi

unstage() {
    i=0
    for arg in "$@"; do
        case $((i % 3)):$arg in
        0:alternative:*) ;;
        0:*) real_of "$arg"; rm -f -- "${real%/*}/$tag.$((i / 3))" "${real%/*}/$old.$((i / 3))" ;;
        esac
        i=$((i + 1))
    done
    [ -z "$alt_dir" ] || rm -rf -- "$alt_dir"
}

# 2. Stage: each new content in a synced temporary file beside its target, owner and mode kept.
i=0
for arg in "$@"; do
    case $((i % 3)) in
    0) path=$arg ;;
    2)
        n=$((i / 3))
        if skipped $n; then
            # Its bytes are on stdin all the same: read past them.
            [ "$arg" -ge 0 ] && take "$arg" >/dev/null
            i=$((i + 1))
            continue
        fi
        case $path in alternative:*)
            # The new state line and the old one, for restore().
            if [ "$arg" -lt 0 ] || ! alt_stage_dir || ! take "$arg" >"$alt_dir/new.$n"; then
                echo "$path: cannot stage its new state" >&2
                unstage "$@"
                exit 4
            fi
            alt_state "${path#alternative:}" >"$alt_dir/old.$n"
            i=$((i + 1))
            continue
            ;;
        esac
        real_of "$path"
        dir=${real%/*}
        [ -n "$dir" ] || dir=/
        if [ "$arg" -ge 0 ]; then
            mkdir -p -- "$dir" && take "$arg" >"$dir/$tag.$n" || {
                echo "$path: cannot write in $dir" >&2
                unstage "$@"
                exit 4
            }
            if [ -e "$real" ]; then
                chmod "$(stat -c %a -- "$real")" "$dir/$tag.$n" 2>/dev/null
                [ "$(id -u)" -eq 0 ] && chown "$(stat -c %u:%g -- "$real")" "$dir/$tag.$n" 2>/dev/null
            elif [ "$(id -u)" -eq 0 ]; then
                chown "$(stat -c %u:%g -- "$dir")" "$dir/$tag.$n" 2>/dev/null
            fi
            sync -- "$dir/$tag.$n" 2>/dev/null || sync
        fi
        if [ -e "$real" ]; then
            ln -- "$real" "$dir/$old.$n" 2>/dev/null || cp -p -- "$real" "$dir/$old.$n" || {
                echo "$path: cannot keep the old file" >&2
                unstage "$@"
                exit 4
            }
        fi
        ;;
    esac
    i=$((i + 1))
done

restore() {
    # Puts back every target replaced so far ($1: how many) from the kept old files.
    j=0
    k=0
    for arg in "$@"; do
        [ $j -ge $((count * 3)) ] && break
        if [ $((j % 3)) -eq 0 ]; then
            if ! skipped $k; then
                case $arg in alternative:*)
                    alt_set "${arg#alternative:}" "$alt_dir/old.$k"
                    k=$((k + 1))
                    j=$((j + 1))
                    continue
                    ;;
                esac
                real_of "$arg"
                if [ -e "${real%/*}/$old.$k" ]; then mv -f -- "${real%/*}/$old.$k" "$real"; else rm -f -- "$real"; fi
            fi
            k=$((k + 1))
        fi
        j=$((j + 1))
    done
}

# 3. Replace, in argument order; any failure puts every replaced target back.
i=0
count=0
for arg in "$@"; do
    case $((i % 3)) in
    0) path=$arg ;;
    2)
        n=$((i / 3))
        if skipped $n; then
            count=$((n + 1))
            i=$((i + 1))
            continue
        fi
        case $path in alternative:*)
            alt_set "${path#alternative:}" "$alt_dir/new.$n" || {
                echo "$path: update-alternatives could not switch it" >&2
                count=$n
                restore "$@"
                unstage "$@"
                exit 5
            }
            count=$((n + 1))
            i=$((i + 1))
            continue
            ;;
        esac
        real_of "$path"
        dir=${real%/*}
        [ -n "$dir" ] || dir=/
        if [ "$arg" -ge 0 ]; then
            mv -f -- "$dir/$tag.$n" "$real" || {
                echo "$path: cannot replace it" >&2
                restore "$@"
                unstage "$@"
                exit 5
            }
        else
            rm -f -- "$real" || {
                echo "$path: cannot delete it" >&2
                restore "$@"
                unstage "$@"
                exit 5
            }
        fi
        count=$((n + 1))
        ;;
    esac
    i=$((i + 1))
done

# 4. Done: drop the old copies, make the renames durable, report.
i=0
for arg in "$@"; do
    case $((i % 3)) in
    0) path=$arg ;;
    2)
        if skipped $((i / 3)); then
            echo "kept $path"
        elif [ "${path#alternative:}" != "$path" ]; then
            echo "written $path"
        else
            real_of "$path"
            rm -f -- "${real%/*}/$old.$((i / 3))"
            sync -- "${real%/*}" 2>/dev/null
            if [ "$arg" -ge 0 ]; then echo "written $path"; else echo "deleted $path"; fi
        fi
        ;;
    esac
    i=$((i + 1))
done
[ -z "$alt_dir" ] || rm -rf -- "$alt_dir"
exit 0
