import type { Messages } from './messages';

/** Greek, addressing the visitor formally (εσείς); the Greek question mark is ";". */
export const el: Messages = {
  surveyLabel: 'Έρευνα',
  question: 'Πόσο πιθανό είναι να προτείνετε {product} σε φίλο ή συνάδελφο;',
  questionGeneric: 'Πόσο πιθανό είναι να μας προτείνετε σε φίλο ή συνάδελφο;',
  lowLabel: 'Καθόλου πιθανό',
  highLabel: 'Εξαιρετικά πιθανό',
  scaleHint: '{min} = {low}, {max} = {high}',
  dismiss: 'Κλείσιμο έρευνας',
  followUp: {
    promoter: 'Τι σας αρέσει περισσότερο σε εμάς;',
    passive: 'Τι θα χρειαζόταν για να μας βάλετε 10;',
    detractor: 'Τι σας απογοήτευσε;',
  },
  reasonsLabel: 'Επιλέξτε όσα ισχύουν',
  reasons: {
    price: 'Τιμή',
    quality: 'Ποιότητα',
    support: 'Υποστήριξη',
    speed: 'Ταχύτητα',
    ease: 'Ευκολία χρήσης',
    features: 'Λειτουργίες',
    reliability: 'Αξιοπιστία',
    staff: 'Προσωπικό',
  },
  commentLabel: 'Πείτε μας περισσότερα (προαιρετικό)',
  charactersLeft: {
    one: 'Απομένει {count} χαρακτήρας',
    other: 'Απομένουν {count} χαρακτήρες',
  },
  submit: 'Αποστολή',
  skip: 'Παράλειψη',
  thanks: {
    promoter: 'Ευχαριστούμε! Χαιρόμαστε που σας αρέσουμε.',
    passive: 'Ευχαριστούμε για τα σχόλιά σας.',
    detractor: 'Ευχαριστούμε που μας το είπατε. Θα μας βοηθήσει να βελτιωθούμε.',
  },
  shareIntro: 'Θέλετε να μοιραστείτε την εμπειρία σας;',
  contactQuestion: 'Μπορούμε να επικοινωνήσουμε μαζί σας για την απάντησή σας;',
  contactConsent: 'Ναι, μπορείτε να επικοινωνήσετε μαζί μου γι’ αυτό',
  emailLabel: 'Το email σας',
  emailInvalid: 'Εισαγάγετε μια έγκυρη διεύθυνση email.',
  contactSend: 'Αποστολή',
  contactSaved: 'Ευχαριστούμε! Θα επικοινωνήσουμε σύντομα μαζί σας.',
  close: 'Κλείσιμο',
  autoClose: {
    one: 'Κλείνει σε {count} δευτερόλεπτο',
    other: 'Κλείνει σε {count} δευτερόλεπτα',
  },
  keepOpen: 'Να μείνει ανοιχτό',
  opensInNewTab: '(ανοίγει σε νέα καρτέλα)',
};
