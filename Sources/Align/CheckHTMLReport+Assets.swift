extension CheckHTMLReport {
  static let css = """
    :root{--err:#c62828;--warn:#b26a00;--info:#0277bd;--ok:#2e7d32;--bg:#f6f7f9;--line:#dde1e6}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:#1d232b;font:15px/1.55 system-ui,-apple-system,"Segoe UI",
    "Noto Sans","Noto Sans Thai",Sarabun,Loma,Garuda,"Tlwg Typist",sans-serif}
    main{display:flex;flex-direction:column;max-width:1200px;margin:0 auto;padding:20px 24px}
    header{order:-3}#summary{order:-2}#cards{order:0}
    h1{margin:0;font-size:22px}.meta{margin:2px 0 12px;color:#5b6571;font-size:13px}
    #summary{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px;margin-bottom:16px;
    position:sticky;top:0;z-index:2;box-shadow:0 2px 6px rgba(0,0,0,.05)}
    .totals{margin-bottom:8px}.big{font-size:20px;font-weight:700}
    .chip{display:inline-flex;align-items:center;gap:5px;margin:2px 8px 2px 0;padding:2px 9px;border:1px solid var(--line);
    border-radius:999px;background:#fafbfc;cursor:pointer;font-size:13px;user-select:none}
    .chip.zero{opacity:.45}.chip input{margin:0}
    code{font:600 12.5px ui-monospace,"DejaVu Sans Mono",monospace;color:#37474f}
    .sev{display:inline-block;min-width:52px;text-align:center;border-radius:4px;padding:0 6px;color:#fff;
    font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
    .sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
    .card{background:#fff;border:1px solid var(--line);border-radius:10px;margin:0 0 12px;overflow:hidden}
    .card[hidden]{display:none}
    .tu{padding:6px 14px;background:#eef1f5;font-weight:700;font-size:13px}.tuid{color:#6b7785;font-weight:400;margin-left:8px}
    .card ul{list-style:none;margin:0;padding:8px 14px 4px}.f{margin:0 0 6px}.f[hidden]{display:none}
    .f .sev{margin-right:6px}.f code{margin-right:4px}
    .counts{margin:4px 0 2px 64px;border-collapse:collapse;font-size:13px}.counts td{padding:1px 10px 1px 0;color:#37474f}
    .pair{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid var(--line)}
    .pair>div{padding:10px 14px}.th{border-right:1px solid var(--line);font-size:16px;line-height:1.8}
    mark{border-radius:3px;padding:0 2px;background:none}
    mark.ok{background:#e3f2e5;box-shadow:inset 0 -2px 0 var(--ok)}
    mark.bad{background:#fde2e2;box-shadow:inset 0 -2px 0 var(--err);font-weight:600}
    mark.forbidden{background:#fde2e2;color:var(--err);text-decoration:line-through;font-weight:600}
    mark.tok{background:#fff1cc;box-shadow:inset 0 -2px 0 var(--warn);font-weight:600}
    .clean{font-size:18px;color:var(--ok);font-weight:700}
    """

  static let script = """
    (function(){
      var boxes=[].slice.call(document.querySelectorAll('input[data-filter]'));
      function on(kind){return boxes.filter(function(b){return b.dataset.filter===kind&&b.checked}).map(function(b){return b.value})}
      function apply(){
        var sev=on('sev'),chk=on('check');
        document.querySelectorAll('.card').forEach(function(card){
          var any=false;
          card.querySelectorAll('.f').forEach(function(f){
            var show=sev.indexOf(f.dataset.sev)>=0&&chk.indexOf(f.dataset.check)>=0;
            f.hidden=!show;any=any||show});
          card.hidden=!any});
      }
      boxes.forEach(function(b){b.addEventListener('change',apply)});
      var params=new URLSearchParams(location.hash.slice(1));
      ['sev','check'].forEach(function(kind){var v=params.get(kind);if(v){var keep=v.split(',');
        boxes.forEach(function(b){if(b.dataset.filter===kind)b.checked=keep.indexOf(b.value)>=0})}});
      apply();
    })();
    """
}
