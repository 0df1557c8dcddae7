# Longest function and longest Leptos component of the files given: from the `fn` line to the
# `}` at its indentation. Usage: awk -f scripts/longest-fn.awk $(find src -name "*.rs" | sort)
FNR==1 { comp=0 }
/^[ \t]*#\[component\]/ { comp=1; next }
!open && match($0, /^ *((pub(\([a-z]+\))? )?(async )?(const )?fn [A-Za-z_0-9]+)/) {
  ind = match($0, /[^ ]/) - 1; name = $0; sub(/^ */, "", name); sub(/\(.*/, "", name); sub(/<.*/, "", name)
  start = FNR; open = 1; iscomp = comp; comp = 0
  if ($0 ~ /;[ \t]*$/) { open = 0 }
  next
}
open { pad = sprintf("%" ind "s", ""); if ($0 == pad "}") { n = FNR - start + 1
  if (n > best) { best = n; bestw = FILENAME ":" start " " name }
  if (iscomp && n > bestc) { bestc = n; bestcw = FILENAME ":" start " " name }
  open = 0 } }
END { print "longest function: " best " lines, " bestw; print "longest component: " bestc " lines, " bestcw }
