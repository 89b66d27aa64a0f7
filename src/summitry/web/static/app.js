// summitry UI: the only script. Filters submit on change; pages work without it.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // Jumping to a highlight from the side list moves focus there, for keyboard and reader users.
  document.querySelectorAll("a.jump").forEach(function (link) {
    link.addEventListener("click", function () {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { setTimeout(function () { target.focus(); }, 0); }
    });
  });
});
