import type { Messages } from './index';

/** English. Same keys as hi.ts; a missing key does not compile. */
export const en: Messages = {
  app: { title: 'Thana Complaint Register', station: 'PS {{name}}, District {{district}}', operator: 'Operator', lang: 'हिंदी', langLabel: 'Switch to Hindi / हिंदी में देखें', demo: 'Training data', loading: 'Loading…', error: 'Error', retry: 'Retry', saved: 'Saved', cancel: 'Cancel', save: 'Save', close: 'Close', none: '—', search: 'Search (name, mobile, words, FIR no.)…', searchLabel: 'Search everywhere', noOperator: 'No operator', skip: 'Skip to main content' },
  nav: { dashboard: 'Dashboard', inbox: 'Inbox', register: 'Register', firs: 'FIRs', search: 'Search', settings: 'Settings', newEntry: 'New entry', documents: 'Documents' },
  roles: { sho: 'SHO', munshi: 'Munshi', viewer: 'Viewer' },
  status: { pending: 'Pending', 'under-inquiry': 'Under inquiry', 'fir-registered': 'FIR registered', disposed: 'Disposed', cancelled: 'Cancelled', overdue: 'Overdue' },
  modes: { 'whatsapp-group': 'WhatsApp group', 'whatsapp-number': 'WhatsApp number', 'in-person': 'In person', phone: 'Phone', igrs: 'IGRS (Jansunwai)', other: 'Other' },
  firStatus: { 'under-investigation': 'Under investigation', 'charge-sheet': 'Charge sheet', 'final-report': 'Final report' },
  personRoles: { accused: 'Accused', victim: 'Victim', complainant: 'Complainant', witness: 'Witness' },
  personStatus: { named: 'Named', wanted: 'Wanted', arrested: 'Arrested', jailed: 'Arrested, sent to jail', bailed: 'Arrested, bailed', surrendered: 'Surrendered', absconding: 'Absconding' },
  genders: { male: 'Male', female: 'Female', other: 'Other' },
  setup: {
    title: 'First run: station details', intro: 'This data folder is new. Enter the police station and the first operator (the SHO). Every change is stamped with the operator.',
    station: 'Police station', district: 'District', code: 'Station code (optional)', operator: 'First operator (SHO)', submit: 'Start', pin: 'SHO\'s PIN (4-12 digits; optional but advised)', folder: 'Data folder',
  },
  dash: {
    title: 'Dashboard — {{month}}', month: 'Month', received: 'Received this month', disposed: 'Disposed this month', pending: 'Pending (all)', overdue: 'Overdue', firs: 'FIRs (this month)', arrested: 'Arrested (this month)', wanted: 'Wanted / absconding accused', unprocessed: 'Messages not acted on',
    byAge: 'Pending by age', age0: '0-10 days', age11: '11-30 days', age30: 'Over 30 days', byDay: 'Complaints received per day', byMode: 'Mode of receipt', overdueList: 'Overdue entries', daysOver: '{{n}} days late', noOverdue: 'Nothing is overdue', within10: 'Within 10 days', within30: 'In 11-30 days', later: 'After 30 days', count: 'Count',
  },
  inbox: {
    kindVideo: 'Video', kindPhoto: 'Photo', kindAudio: 'Audio', kindFile: 'File', title: 'Inbox', import: 'Import files', paste: 'Paste (Ctrl+V)', unprocessed: 'Not acted on only', hasMedia: 'With media', source: 'Group / source', sender: 'Sender', from: 'From', to: 'To', words: 'Words', allSources: 'All sources',
    selected: '{{n}} selected', createEntry: 'Create entry', addToEntry: 'Add to existing entry', infoOnly: 'For information only', empty: 'No messages. Drop a WhatsApp export (.zip / .txt) here or paste.', total: '{{n}} messages',
    infoOnlyBadge: 'Info only', entryBadge: 'Entry #{{ids}}', mediaOmitted: 'Media not attached', deleted: 'Message deleted', edited: 'Edited', markedInfo: '{{n}} messages marked for information', dropHere: 'Drop files here to import', more: 'Show more', entryId: 'Entry number (ID)', added: 'Messages added to the entry', selectHint: 'Click messages to select, then use the buttons above', system: 'System message', noTime: 'no time',
  },
  imp: {
    title: 'Import files', pick: 'Choose files (.zip, .txt, photos, videos)', source: 'Group / source name', sourceHint: 'The WhatsApp group or number this export is from', start: 'Import', cancel: 'Stop import', running: 'Importing…', uploading: 'Sending file…', noCancel: 'Saving has started; it completes or saves nothing', saving: 'Saving messages: {{saved}} / {{total}}',
    done: 'Import complete', newMessages: '{{n}} new messages', duplicates: '{{n}} messages were already there (not added again)', evidence: '{{n}} media files stored as evidence', evidenceDup: '{{n}} media files were already stored', omitted: '{{n}} messages had media left out of the export', missing: 'Not found in the export: {{list}}', rejected: 'Not accepted: {{list}}', warnings: 'Note', cancelled: 'Import stopped; nothing was added', files: '{{n}} files chosen',
  },
  paste: {
    fmt_android: 'Android export', fmt_ios: 'iPhone export', fmt_web: 'Copied from WhatsApp Web / Desktop', fmt_forwarded: 'Forwarded message', title: 'Pasted messages', textLabel: 'Text copied from WhatsApp', preview: 'Preview', save: 'Save {{n}} messages', format: 'Format', forwardedNeeds: 'This is a forwarded message: enter who sent it and when', sender: 'Sender', sentAt: 'Sent at', count: '{{n}} messages found', empty: 'No messages recognised', needSender: 'Sender and time are required',
  },
  reg: {
    thisMonth: 'This month', title: 'Register', month: 'Month', status: 'Status', allStatus: 'All statuses', overdueOnly: 'Overdue only', source: 'Source', words: 'Search words', total: '{{n}} entries', serial: 'Serial', received: 'Received', mode: 'Mode', informant: 'Informant', summary: 'Summary', markedTo: 'Inquiry officer', due: 'Due', empty: 'No entries this month', keys: '↑ ↓ to move, Enter to open', allMonths: 'All months',
  },
  entry: {
    new: 'New entry', edit: 'Edit entry', title: 'Entry {{serial}}/{{year}}', receivedAt: 'Received on (date, time)', mode: 'Mode of receipt', source: 'Group / source', informant: 'Informant / complainant name', relative: "Father's / husband's name", phone: 'Mobile', address: 'Address', opponent: 'Opponent name and address', place: 'Place of incident', beat: 'Beat / halka', category: 'Category', summary: 'Brief of the complaint', markedTo: 'Inquiry marked to', remarks: 'Remarks',
    create: 'Register entry', update: 'Save changes', created: 'Entry {{serial}}/{{year}} registered', fromMessages: 'from {{n}} messages', due: 'Due', disposedAt: 'Disposed on', status: 'Status',
    timeline: 'Messages and actions', action: 'Action taken / report', addAction: 'Add action', newStatus: 'New status (optional)', noChange: 'Keep status', evidence: 'Evidence (photos, videos, voice notes)', noEvidence: 'No evidence', sha: 'SHA-256', hashNote: 'The hash shows the file is unchanged since import, not that the video is genuine.',
    dispose: 'Dispose', disposeNote: 'Disposal report', disposeAt: 'Disposed on (date, time)', cancelEntry: 'Cancel entry', cancelReason: 'Reason for cancelling', cancelWarn: 'The entry is not deleted; it stays, struck through with the reason (like a paper register).', cancelled: 'Cancelled: {{reason}}', firs: 'FIRs', persons: 'Accused / victims', addFir: 'Register / link FIR', operator: 'Operator: {{name}}', message: 'Message', open: 'Open', details: 'Details', by: 'by', back: 'Back to register', createdBy: 'Registered',
  },
  fir: {
    crimeNo: 'Crime No.', title: 'FIR', new: 'New FIR', number: 'Crime no. (number)', year: 'Year', registeredAt: 'Registered on (date, time)', sections: 'Sections', sectionSearch: 'Find a section (e.g. 115, 323, hurt)', otherAct: 'Other Act', otherSection: 'Section', addOther: 'Add', io: 'Investigating officer', status: 'Status', create: 'Register FIR', link: 'Link existing FIR', firId: 'Choose FIR', created: 'FIR registered', ipc: 'old IPC {{ipc}}', addPerson: 'Add accused / victim', list: 'FIR list', empty: 'No FIRs', entries: 'Entries', noSections: 'Choose at least one section',
  },
  person: {
    title: 'Add person', name: 'Name', relative: "Father's / husband's name", age: 'Age', gender: 'Gender', address: 'Address', phone: 'Mobile', role: 'Role', status: 'Status', arrestedAt: 'Arrested on (date, time)', add: 'Add', update: 'Change status', added: 'Person added',
  },
  search: { title: 'Search', placeholder: 'Name, mobile, village, words — in Hindi or Latin letters', entries: 'Entries', messages: 'Messages', persons: 'Persons', firs: 'FIRs', none: 'Nothing found', hint: 'Type in Hindi or Latin letters: "ayush chaudhary" also finds "आयुष चौधरी"' },
  docs: {
    title: 'Documents: register, summary, certificate', register: 'Monthly register', summary: 'Monthly summary sheet', certificate: 'Section 63 certificate', month: 'Month', sha: 'SHA-256 of the evidence', preview: 'Preview', print: 'Print / save as PDF', printHint: '"Print" opens the print dialog: choose a printer, or "Save as PDF" as the destination. Pages are A4.', seal: 'Seal (head hash of the audit chain)', sealHint: 'The signed copy carries this seal; verify --seal later tells whether the records changed after it was signed.', previewTitle: 'Document preview', savePdf: 'Save PDF', saved: 'PDF saved: {{path}}', open: 'Certificate',
  },
  lock: { title: 'Enter your PIN to open the register', operator: 'Operator', pin: 'PIN', unlock: 'Open', lockNow: 'Lock' },
  backup: {
    title: 'Backup', dir: 'Backup folder (a pen drive or another disk)', dirHint: 'While the app is open a backup is made here every day; backups beyond the newest 10 are removed.', saveDir: 'Save folder', now: 'Back up now', done: 'Backup made and verified: {{dir}}', last: 'Last good backup: {{when}}', never: 'No backup has been made yet', stale: 'The last backup is more than two days old — back up now.',
  },
  verify: { title: 'Check the records', what: 'Checks the audit chain, every row, every evidence file (SHA-256 again) and the database file — any change made outside the app is caught.', run: 'Check now', never: 'Not checked yet', lastOk: 'Last check {{when}}: all sound ({{checked}} checked)', lastBad: 'Last check {{when}}: {{n}} problems found' },
  settings: {
    title: 'Settings', station: 'Station details', name: 'Police station', district: 'District', code: 'Station code', dueDays: 'Days to settle a complaint', igrsDueDays: 'Days to settle an IGRS reference', device: 'Device that receives messages (for the BSA s.63 certificate)', dueRule: 'Due date = date received + days allowed. DGP orders: thana complaints in 10 days, IGRS in 30 days.',
    operators: 'Operators', addOperator: 'Add operator', opName: 'Name', opRole: 'Post', active: 'Active', inactive: 'Inactive', folder: 'Data folder', folderNote: 'The register, evidence files and audit trail live here. Back up this folder.', counts: '{{entries}} entries, {{messages}} messages, {{evidence}} evidence files', pin: 'PIN (4-12 digits)', pinHint: 'Once PINs are set, every operator opens the register with theirs', lockMinutes: 'Lock after this many idle minutes (0 = never)', setPin: 'Change PIN', pinSet: 'PIN saved',
  },
};
